package dev.mochi.core.command;

import dev.mochi.api.MochiException;
import java.util.concurrent.Callable;

/** Carries a checked exception of a hook handler through the {@code Function} the event bus expects. */
final class Checked {
  private Checked() {}

  /** A checked exception in transit; the executor reports its cause. */
  static final class Wrapped extends MochiException {
    Wrapped(Exception cause) {
      super(cause.toString(), cause);
    }
  }

  static <T> T call(Callable<T> body) {
    try {
      return body.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new Wrapped(e);
    }
  }
}
