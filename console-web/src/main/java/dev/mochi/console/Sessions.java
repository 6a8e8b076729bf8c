package dev.mochi.console;

import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;

/** Who a connection is: tokens checked and connections logged in and out. */
final class Sessions {
  private final ConsoleServer server;

  Sessions(ConsoleServer server) {
    this.server = server;
  }

  /** Logs {@code c} in with {@code token}; {@code token_invalid} or {@code token_expired} when it cannot be. */
  void authenticate(Connection c, String token) {
    throw new ConsoleException(ErrorCode.TOKEN_INVALID, "The token is not valid; log in again");
  }
}
