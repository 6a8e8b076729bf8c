package dev.mochi.console;

import dev.mochi.api.console.Client;
import dev.mochi.api.console.ConsoleUser;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A console connection: a socket ({@link SocketConnection}) or the caller of one HTTP request ({@link HttpCaller}).
 * Holds who it is (user and the token it logged in with) and which channels it is in; {@link #push} sends one
 * message.
 */
abstract class Connection implements Client {
  private static final AtomicLong IDS = new AtomicLong();

  private final String id;
  private final String address;
  private final Set<String> channels = ConcurrentHashMap.newKeySet();
  private volatile Identity identity = Identity.ANONYMOUS;
  private volatile String locale = "en-US";

  /** Who a connection is: a user and the id of the token behind it (0 for none). */
  record Identity(Optional<ConsoleUser> user, long tokenId) {
    static final Identity ANONYMOUS = new Identity(Optional.empty(), 0);
  }

  Connection(String prefix, String address) {
    this.id = prefix + IDS.incrementAndGet();
    this.address = address;
  }

  @Override public String id() { return id; }

  @Override public Optional<ConsoleUser> user() { return identity.user(); }

  @Override public Set<String> channels() { return Set.copyOf(channels); }

  Set<String> channelSet() { return channels; }

  @Override public String address() { return address; }

  @Override public String locale() { return locale; }

  void locale(String value) { this.locale = value; }

  Identity identity() { return identity; }

  void identity(Identity value) { this.identity = value; }

  /** Sends a JSON text; a closed connection drops it. */
  abstract void push(String json);

  /** Closes the connection (a socket with a close code; an HTTP caller ignores it). */
  abstract void close(int code, String reason);

  /** Whether it lives beyond one request (sockets join channels and receive pushes; HTTP callers do not). */
  abstract boolean persistent();

  @Override public void event(String event, Object data) {
    push(Push.event(event, data));
  }

  @Override public String toString() {
    return id + user().map(u -> " (" + u.name() + ")").orElse("");
  }
}
