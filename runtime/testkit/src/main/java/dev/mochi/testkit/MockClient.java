package dev.mochi.testkit;

import dev.mochi.api.adapter.Inbound;
import dev.mochi.api.adapter.Interaction;
import dev.mochi.api.command.Invocation;
import dev.mochi.api.message.Message;
import dev.mochi.core.App;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One user in one chat (private, or a guild channel): {@link #send(String)} hands a message to the bot; what the
 * bot sends into this chat lands in the client's inbox, in order, and {@link Exchange#shouldReply(String)}
 * reads it from there.
 */
public final class MockClient {
  private static final AtomicLong MESSAGE_IDS = new AtomicLong();

  private final App app;
  private final MockBot bot;
  private final String userId;
  private final String channelId;
  private final Optional<String> guildId;
  private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
  private final Duration timeout;

  MockClient(App app, MockBot bot, String userId, String guildChannel, Duration timeout) {
    this.app = app;
    this.bot = bot;
    this.userId = userId;
    this.channelId = guildChannel == null ? "private:" + userId : guildChannel;
    this.guildId = Optional.ofNullable(guildChannel);
    this.timeout = timeout;
  }

  public String userId() { return userId; }

  public String channelId() { return channelId; }

  public boolean isDirect() { return guildId.isEmpty(); }

  void receive(Message message) { inbox.add(message.toString()); }

  /**
   * Sends a message as this user, written in the text form as a platform adapter delivers it, so it may hold
   * elements ({@code "<at id=\"mochi\"/> help"}). As for every adapter the runtime brings it to the canonical form
   * first: a {@code <} or {@code &} that starts no tag or entity is a character ({@code "1 < 2 & 3"} is what it says).
   * To send text exactly as a user typed it, {@code <b>} included, use {@link #send(Message)} with
   * {@code Message.text(typed)}.
   */
  public Exchange send(String content) {
    Inbound in = new Inbound(userId, channelId, guildId, "m" + MESSAGE_IDS.incrementAndGet(), content,
        Instant.now(), userId);
    CompletableFuture<Void> done = app.dispatcher().dispatch(bot, in);
    return new Exchange(this, done);
  }

  /** Sends {@code message} as this user. */
  public Exchange send(Message message) {
    return send(message.toString());
  }

  /**
   * Runs a command as a platform interaction (a slash command) from this user: the values are already split, and
   * the replies land in this client's inbox as the interaction's answers.
   */
  public Exchange interact(Invocation invocation) {
    Interaction in = new Interaction(userId, channelId, guildId, "i" + MESSAGE_IDS.incrementAndGet(), invocation,
        Instant.now(), userId, Optional.empty(), message -> {
          synchronized (bot.delivery) {
            receive(message);
          }
          return CompletableFuture.completedFuture(List.of("answer-" + MESSAGE_IDS.incrementAndGet()));
        });
    return new Exchange(this, app.dispatcher().dispatch(bot, in));
  }

  /** Everything the bot sent into this chat and nobody has read yet, emptying the inbox. */
  public List<String> drain() {
    List<String> out = new ArrayList<>();
    synchronized (bot.delivery) {
      inbox.drainTo(out);
    }
    return out;
  }

  BlockingQueue<String> inbox() { return inbox; }

  Duration timeout() { return timeout; }
}
