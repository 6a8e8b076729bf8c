package dev.mochi.testkit.services;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.message.Message;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** An adapter's bot (platform "loop") that keeps what it is asked to send, as {@code channel: text form}. */
record LoopBot(String selfId, List<String> out) implements Bot {
  LoopBot(String selfId) { this(selfId, new CopyOnWriteArrayList<>()); }

  @Override public String platform() { return "loop"; }

  @Override public BotStatus status() { return BotStatus.CONNECTING; }

  @Override public CompletionStage<List<String>> sendMessage(String channelId, Message message) {
    out.add(channelId + ": " + message);
    return CompletableFuture.completedFuture(List.of(String.valueOf(out.size())));
  }

  @Override public CompletionStage<List<String>> sendPrivateMessage(String userId, Message message) {
    return sendMessage("private:" + userId, message);
  }
}
