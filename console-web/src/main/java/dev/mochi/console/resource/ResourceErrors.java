package dev.mochi.console.resource;

import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;
import dev.mochi.api.resource.ResourceException;
import java.util.Map;

/**
 * The resource engine's error codes in the console's: {@code not_found} for unknown resources, actions and records,
 * {@code forbidden} (or {@code not_authenticated} for an anonymous caller), {@code filter_invalid}, {@code conflict},
 * {@code server_error} for failures inside the bot, and {@code request_invalid} for everything else the caller sent
 * wrong. The engine's own code travels in {@code detail.reason} ({@code key_required}, {@code field_unknown}, …).
 */
public final class ResourceErrors {
  private ResourceErrors() {}

  /** {@code e} as the console answers it to a caller who is ({@code anonymous}) or is not logged in. */
  public static ConsoleException toConsole(ResourceException e, boolean anonymous) {
    ErrorCode code = switch (e.code()) {
      case ResourceException.NOT_FOUND, ResourceException.RESOURCE_UNKNOWN, ResourceException.ACTION_UNKNOWN -> ErrorCode.NOT_FOUND;
      case ResourceException.FORBIDDEN -> anonymous ? ErrorCode.NOT_AUTHENTICATED : ErrorCode.FORBIDDEN;
      case ResourceException.FILTER_INVALID -> ErrorCode.FILTER_INVALID;
      case ResourceException.CONFLICT -> ErrorCode.CONFLICT;
      case ResourceException.INTERNAL -> ErrorCode.SERVER_ERROR;
      default -> e.status() >= 500 ? ErrorCode.SERVER_ERROR : ErrorCode.REQUEST_INVALID;
    };
    String message = code == ErrorCode.NOT_AUTHENTICATED ? e.getMessage() + "; log in first" : e.getMessage();
    return new ConsoleException(code, message, Map.of("reason", e.code()));
  }
}
