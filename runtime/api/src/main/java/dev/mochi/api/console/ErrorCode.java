package dev.mochi.api.console;

import java.util.Locale;

/** The console's stable error codes, each with the HTTP status it is answered with. */
public enum ErrorCode {
  /** The request is malformed: not JSON, no id, no action, an argument missing or of the wrong type. */
  REQUEST_INVALID(400),
  /** The action needs a logged-in user. */
  NOT_AUTHENTICATED(401),
  /** The token is unknown, revoked or forged. */
  TOKEN_INVALID(401),
  /** The token was valid and has expired. */
  TOKEN_EXPIRED(401),
  /** The user's authority is too low, or the origin or host is not allowed. */
  FORBIDDEN(403),
  /** No such action, resource or record. */
  NOT_FOUND(404),
  /** A filter is malformed or names unknown fields or operators. */
  FILTER_INVALID(400),
  /** The change conflicts with the current state (a name taken, a unique key). */
  CONFLICT(409),
  /** Too many requests; try again later. */
  RATE_LIMITED(429),
  /** A frame or body over the size limit. */
  PAYLOAD_TOO_LARGE(413),
  /** The server failed; the log says why. */
  SERVER_ERROR(500);

  private final int status;

  ErrorCode(int status) {
    this.status = status;
  }

  /** The HTTP status it is answered with. */
  public int status() {
    return status;
  }

  /** The code as it travels: {@code request_invalid}, {@code not_found}, … */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
