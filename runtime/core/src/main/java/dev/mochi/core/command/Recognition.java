package dev.mochi.core.command;

/**
 * What recognizing a session's line found: a command call, a typo worth a suggestion, or nothing. The session's
 * pipeline takes it from {@link CommandEngine#recognize} (before the middleware chain) to {@link CommandEngine#run}
 * (the chain's last step), so the call is recognized and parsed once.
 */
public sealed interface Recognition {
  /** No command, and nothing worth a suggestion. */
  Recognition NONE = new Nothing();

  /** A call, or {@link #NONE} when {@code invocation} is null (no command has that name here). */
  static Recognition of(Recognizer.Invocation invocation) { return invocation == null ? NONE : new Call(invocation); }

  /** A command call, with its arguments parsed when they could be parsed before the chain. */
  record Call(Recognizer.Invocation invocation) implements Recognition {}

  /** A message that looked like a command call but named none: the first word and everything after it. */
  record Typo(String word, String after) implements Recognition {}

  /** Nothing to run. */
  record Nothing() implements Recognition {}
}
