package dev.mochi.sandbox;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.message.Message;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's one bot: platform {@code sandbox}, self id {@code mochi}. Sending hands the message to
 * an {@link Outbox} at once; ids are unique per bot. Safe to call from any number of threads.
 */
final class SandboxBot implements Bot {
  static final String PLATFORM = "sandbox";
  static final String SELF_ID = "mochi";

  private final Outbox outbox;
  private final AtomicLong sent = new AtomicLong();
  private volatile BotStatus status = BotStatus.OFFLINE;

  SandboxBot(Outbox outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  @Override public String platform() { return PLATFORM; }

  @Override public String selfId() { return SELF_ID; }

  @Override public BotStatus status() { return status; }

  void status(BotStatus status) { this.status = status; }

  @Override public CompletionStage<List<String>> sendMessage(String channelId, Message message) {
    return deliver(channelId, message);
  }

  @Override public CompletionStage<List<String>> sendPrivateMessage(String userId, Message message) {
    return deliver("private:" + userId, message);
  }

  private CompletionStage<List<String>> deliver(String channelId, Message message) {
    if (message.isEmpty()) return CompletableFuture.completedFuture(List.of());
    try {
      outbox.deliver(channelId, message);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return CompletableFuture.completedFuture(List.of("sandbox-" + sent.incrementAndGet()));
  }
}
