package dev.mochi.sandbox;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.message.Message;
import dev.mochi.api.message.TextSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's one bot: platform {@code sandbox}, self id {@code mochi}. Sending hands the message to
 * an {@link Outbox} at once; ids are unique per bot. A message whose text (as {@link TerminalText} shows it) is longer
 * than the limit goes as several plain-text messages, in order, cut by {@link TextSplitter} at line breaks, else
 * spaces, one id each. Safe to call from any number of threads.
 */
final class SandboxBot implements Bot {
  static final String PLATFORM = "sandbox";
  static final String SELF_ID = "mochi";

  private final Outbox outbox;
  private final int maxLength;
  private final AtomicLong sent = new AtomicLong();
  private volatile BotStatus status = BotStatus.OFFLINE;

  SandboxBot(Outbox outbox, int maxLength) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.maxLength = maxLength;
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
    List<String> ids = new ArrayList<>();
    try {
      String shown = TerminalText.render(message);
      if (shown.length() <= maxLength) {
        outbox.deliver(channelId, message);
        ids.add("sandbox-" + sent.incrementAndGet());
      } else {
        for (String piece : TextSplitter.split(shown, maxLength)) {
          outbox.deliver(channelId, Message.text(piece));
          ids.add("sandbox-" + sent.incrementAndGet());
        }
      }
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return CompletableFuture.completedFuture(List.copyOf(ids));
  }
}
