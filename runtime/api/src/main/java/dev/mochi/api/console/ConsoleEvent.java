package dev.mochi.api.console;

import java.util.Objects;

/**
 * An event emitted to the console's clients through the {@link Publisher publishers}.
 *
 * @param service the service it belongs to ({@code ""} for an app event)
 * @param event its name ({@code created}, {@code message}, …)
 * @param data what clients receive (unless the chosen channel {@link Channel#send sends} its own)
 * @param authority only connections of at least this authority receive it
 */
public record ConsoleEvent(String service, String event, Object data, int authority) {

  /** Checks the values. */
  public ConsoleEvent {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(event, "event");
    if (event.isBlank()) throw new IllegalArgumentException("an event needs a name");
  }

  /** An app event anyone may receive. */
  public static ConsoleEvent of(String event, Object data) {
    return new ConsoleEvent("", event, data, 0);
  }

  /** An event of a service anyone may receive. */
  public static ConsoleEvent of(String service, String event, Object data) {
    return new ConsoleEvent(service, event, data, 0);
  }

  /** This event, for connections of at least {@code authority} only. */
  public ConsoleEvent withAuthority(int authority) {
    return new ConsoleEvent(service, event, data, authority);
  }
}
