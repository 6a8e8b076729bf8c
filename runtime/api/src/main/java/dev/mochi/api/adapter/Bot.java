package dev.mochi.api.adapter;

import dev.mochi.api.message.Message;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * One account on one platform. An adapter (a plugin) creates bots, registers them with
 * {@link dev.mochi.api.Context#bot(Bot)} (reporting their state through the returned {@link BotHandle}) and hands
 * their incoming messages and interactions to {@link dev.mochi.api.Context#dispatch(Bot, Incoming)}.
 *
 * <p>Every method may be called from many session threads at once.
 */
public interface Bot {

  /** The platform's name, e.g. {@code "discord"}; sessions of this bot have it as {@code session.platform()}. */
  String platform();

  /** The bot's own user id on the platform. */
  String selfId();

  /**
   * The state the adapter last set on the bot itself. The kernel reads it once, when the bot is registered; later
   * changes reach the kernel through {@link BotHandle#status(BotStatus)}.
   */
  BotStatus status();

  /** The bot's display name, when the platform has told it (empty before the first connection, for instance). */
  default Optional<String> name() {
    return Optional.empty();
  }

  /** The URL of the bot's avatar, when the platform has one. */
  default Optional<String> avatar() {
    return Optional.empty();
  }

  /**
   * The escape hatch: the platform's own client (for the Discord adapter, JDA's {@code JDA} or {@code ShardManager}),
   * for what Mochi does not wrap. Code that uses it works on that platform only and bypasses Mochi's bookkeeping
   * (messages sent through it are not counted, {@code before-send} hooks do not see them).
   *
   * <pre>{@code bot.platformClient(JDA.class).ifPresent(jda -> jda.getPresence().setActivity(...));}</pre>
   *
   * @return the client when this bot has one of that type; empty otherwise (the default)
   */
  default <T> Optional<T> platformClient(Class<T> type) {
    return Optional.empty();
  }

  /**
   * Sends to a channel.
   *
   * @return completes with the ids of the messages sent (a long message may become several), or exceptionally
   *     when the platform refused it
   */
  CompletionStage<List<String>> sendMessage(String channelId, Message message);

  /**
   * Sends to a user privately.
   *
   * @return completes with the ids of the messages sent, or exceptionally when the platform refused it
   */
  CompletionStage<List<String>> sendPrivateMessage(String userId, Message message);
}
