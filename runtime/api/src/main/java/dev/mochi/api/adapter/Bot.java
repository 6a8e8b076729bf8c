package dev.mochi.api.adapter;

import dev.mochi.api.message.Message;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * One account on one platform. An adapter (a plugin) creates bots, registers them with
 * {@link dev.mochi.api.Context#bot(Bot)} and hands their incoming messages to
 * {@link dev.mochi.api.Context#dispatch(Bot, Inbound)}.
 */
public interface Bot {
  String platform();

  String selfId();

  BotStatus status();

  /** Sends to a channel; completes with the ids of the messages sent. */
  CompletionStage<List<String>> sendMessage(String channelId, Message message);

  /** Sends to a user privately; completes with the ids of the messages sent. */
  CompletionStage<List<String>> sendPrivateMessage(String userId, Message message);
}
