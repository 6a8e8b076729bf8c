package dev.mochi.api.console;

import dev.mochi.api.MochiException;
import java.util.Map;
import java.util.Objects;

/**
 * A console request failed with an error the client is told: {@code {ok: false, error: {code, message, detail?}}}.
 * Throw it from a {@link ConsoleListener}.
 *
 * <pre>{@code throw new ConsoleException(ErrorCode.NOT_FOUND, "No virtual user '" + id + "'");}</pre>
 */
public class ConsoleException extends MochiException {
  /** The stable error code. */
  private final ErrorCode code;
  /** What the client gets besides the message. */
  private final Map<String, Object> detail;

  /** An error without detail. */
  public ConsoleException(ErrorCode code, String message) {
    this(code, message, Map.of());
  }

  /** An error with detail (e.g. {@code {fields: {"max-items": "must be at least 1"}}}). */
  public ConsoleException(ErrorCode code, String message, Map<String, ?> detail) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
    this.detail = Map.copyOf(detail);
  }

  /** Its code. */
  public ErrorCode code() {
    return code;
  }

  /** Its detail; empty when there is none. */
  public Map<String, Object> detail() {
    return detail;
  }
}
