package dev.mochi.api.console;

import java.util.Optional;
import java.util.Set;

/** One connection to the console: a WebSocket, or the caller of one HTTP request. */
public interface Client {

  /** An id unique among the connections since the console started. */
  String id();

  /** The logged-in user; empty for an anonymous connection. */
  Optional<ConsoleUser> user();

  /** The user's authority; 0 when not logged in. */
  default int authority() {
    return user().map(ConsoleUser::authority).orElse(0);
  }

  /** The names of the channels this connection is in. */
  Set<String> channels();

  /** The remote address. */
  String address();

  /** The locale the client asked for ({@code en-US} unless it said otherwise). */
  String locale();

  /** Whether it is still connected (an HTTP caller is, until its response is sent). */
  boolean open();

  /** Pushes {@code {type: "event", event, data}} to this connection alone. */
  void event(String event, Object data);
}
