package dev.mochi.api.adapter;

import dev.mochi.api.Disposable;
import java.util.concurrent.CompletionStage;

/**
 * A bot's registration, returned by {@link dev.mochi.api.Context#bot(Bot)}. The adapter reports the bot's connection
 * state through it (the kernel keeps it, counts the bot's traffic and emits
 * {@link dev.mochi.api.Events#BOT_STATUS} on every change) and may dispatch through it. Disposing it (or the
 * adapter's scope) removes the bot: later dispatches from it are refused.
 */
public interface BotHandle extends Disposable {

  /** The registered bot. */
  Bot bot();

  /** Reports a new connection state; clears the last error. Reporting the current state again does nothing. */
  void status(BotStatus status);

  /**
   * Reports a new connection state with the error that caused it (e.g. {@code RECONNECTING} after a dropped
   * connection, {@code OFFLINE} after a rejected token).
   *
   * @param error what went wrong, in words an operator can act on
   */
  void status(BotStatus status, String error);

  /** Same as {@code ctx.dispatch(bot(), incoming)}. */
  CompletionStage<Void> dispatch(Incoming incoming);
}
