package dev.mochi.core.command;

/**
 * Thrown by a built-in argument type: {@link #getMessage()} is the i18n key of the reason shown to the user
 * (for example {@code commands.invalid-number}), rendered in the session's locale.
 */
final class InvalidValue extends IllegalArgumentException {
  private final transient Object[] args;

  InvalidValue(String key, Object... args) {
    super(key);
    this.args = args;
  }

  /** The placeholders of the reason text. */
  Object[] args() {
    return args;
  }

  /** A user's typo, not a failure: no stack trace is worth its cost. */
  @Override public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
