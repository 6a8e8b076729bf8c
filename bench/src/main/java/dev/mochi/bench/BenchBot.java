package dev.mochi.bench;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.message.Message;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;

/** A bot that only counts what it is asked to send. */
final class BenchBot implements Bot {
  final LongAdder sent = new LongAdder();

  @Override public String platform() { return "bench"; }

  @Override public String selfId() { return "mochi"; }

  @Override public BotStatus status() { return BotStatus.ONLINE; }

  @Override public CompletionStage<List<String>> sendMessage(String channelId, Message message) {
    sent.increment();
    return CompletableFuture.completedFuture(List.of());
  }

  @Override public CompletionStage<List<String>> sendPrivateMessage(String userId, Message message) {
    sent.increment();
    return CompletableFuture.completedFuture(List.of());
  }
}
