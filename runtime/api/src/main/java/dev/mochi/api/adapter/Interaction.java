package dev.mochi.api.adapter;

import dev.mochi.api.command.Invocation;
import dev.mochi.api.message.Message;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A platform's command interaction (a Discord slash command): the command and its option values, already parsed by
 * the platform. It runs the same command as the equivalent text message, through the same middleware, with the same
 * authority checks, declared fields and flush at the end; every value still goes through the command's declared type
 * (so {@code <n:posint>} given {@code 0} gets the same error as typed text). What the session sends goes to
 * {@link #responder()}, not to the channel: the adapter answers the interaction (and defers it when the platform
 * needs an early acknowledgement).
 *
 * <pre>{@code
 * Invocation call = Invocation.of("echo").arg("message", "hi");
 * ctx.dispatch(bot, Interaction.guild(userId, channelId, guildId, interactionId, call, reply -> answer(reply)));
 * }</pre>
 *
 * @param userId the user who invoked it
 * @param channelId the channel it was invoked in (for a private chat the platform's private channel id)
 * @param guildId the guild; empty in a private chat
 * @param messageId the interaction's id
 * @param invocation the command and its values
 * @param timestamp when the platform received it
 * @param author the user's display name
 * @param locale the user's locale as the platform reports it ({@code "zh-CN"}); empty to use the bot's
 * @param responder where the session's messages go
 */
public record Interaction(String userId, String channelId, Optional<String> guildId, String messageId,
                          Invocation invocation, Instant timestamp, String author, Optional<String> locale,
                          Responder responder) implements Incoming {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException naming the component that is null
   */
  public Interaction {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(guildId, "guildId");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(invocation, "invocation");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(responder, "responder");
  }

  /** An interaction received now in a private chat ({@code private:<userId>}), authored by {@code userId}. */
  public static Interaction direct(String userId, String id, Invocation invocation, Responder responder) {
    return new Interaction(userId, "private:" + userId, Optional.empty(), id, invocation, Instant.now(), userId,
        Optional.empty(), responder);
  }

  /** An interaction received now in a guild channel, authored by {@code userId}. */
  public static Interaction guild(String userId, String channelId, String guildId, String id, Invocation invocation,
                                  Responder responder) {
    return new Interaction(userId, channelId, Optional.of(guildId), id, invocation, Instant.now(), userId,
        Optional.empty(), responder);
  }

  /**
   * Answers an interaction. Called once per message the session sends, in order, from the session's thread; the
   * first call is the interaction's reply, later ones are follow-ups.
   */
  @FunctionalInterface
  public interface Responder {

    /**
     * Sends {@code message} as an answer to the interaction.
     *
     * @return completes with the ids of the messages the platform created (empty when it gives none), or
     *     exceptionally when sending failed
     */
    CompletionStage<List<String>> respond(Message message);
  }
}
