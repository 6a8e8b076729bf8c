package dev.mochi.api.adapter;

/** A bot's connection state, reported by its adapter through {@link BotHandle#status(BotStatus)}. */
public enum BotStatus {
  /** Not connected, and not trying to be. */
  OFFLINE,
  /** Connecting for the first time. */
  CONNECTING,
  /** Connected: messages flow. */
  ONLINE,
  /** The connection was lost and the adapter is connecting again. */
  RECONNECTING,
  /** Closing the connection on purpose (the adapter is stopping). */
  DISCONNECTING
}
