package dev.mochi.bench;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.message.Message;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The bot of the workload: sending costs nothing and stamps the moment the reply was handed to it, on the sending
 * thread, where the {@code send} event that follows on the same thread picks it up (the anchor's mock messenger does
 * the same with {@code client.flush}).
 */
final class BenchBot implements Bot {
  private static final ThreadLocal<long[]> LAST = ThreadLocal.withInitial(() -> new long[1]);
  private static final CompletionStage<List<String>> SENT = CompletableFuture.completedFuture(List.of());

  /** When this thread last handed a reply to the bot ({@link System#nanoTime()}). */
  static long lastSend() { return LAST.get()[0]; }

  @Override public String platform() { return Workload.PLATFORM; }

  @Override public String selfId() { return "mochi"; }

  @Override public BotStatus status() { return BotStatus.ONLINE; }

  @Override public CompletionStage<List<String>> sendMessage(String channelId, Message message) {
    LAST.get()[0] = System.nanoTime();
    return SENT;
  }

  @Override public CompletionStage<List<String>> sendPrivateMessage(String userId, Message message) {
    LAST.get()[0] = System.nanoTime();
    return SENT;
  }
}
