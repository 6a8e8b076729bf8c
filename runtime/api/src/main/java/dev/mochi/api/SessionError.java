package dev.mochi.api;

import java.util.List;

/**
 * A user-facing error: thrown from a middleware or command, it is replied to the user as the
 * localized text of {@link #key()} (rendered with {@link #args()}) and is not logged as a failure.
 *
 * <pre>{@code throw new SessionError("lottery.empty-pool", poolName);}</pre>
 */
public class SessionError extends MochiException {
  /** The i18n key of the text the user gets. */
  private final String key;
  /** The arguments of that text. */
  private final List<Object> args;

  /** An error whose reply is the text {@code key} rendered in the session's locale with {@code args}. */
  public SessionError(String key, Object... args) {
    super(key);
    this.key = key;
    this.args = List.of(args);
  }

  /** The i18n key of the reply. */
  public String key() { return key; }

  /** The placeholders' values, as given. */
  public List<Object> args() { return args; }
}
