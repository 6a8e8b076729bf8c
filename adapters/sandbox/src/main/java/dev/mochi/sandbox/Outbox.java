package dev.mochi.sandbox;

import dev.mochi.api.message.Message;

/** Where the sandbox bot's messages go: a terminal, a log, later the console's chat page. */
@FunctionalInterface
interface Outbox {

  /**
   * Delivers one message. Called from many session threads at once; implementations must be thread-safe.
   *
   * @param channelId the channel the bot wrote to ({@code private:<user>} for a private message)
   */
  void deliver(String channelId, Message message);
}
