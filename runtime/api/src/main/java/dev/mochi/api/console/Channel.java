package dev.mochi.api.console;

import dev.mochi.api.Disposable;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A group of connections that events are published to (Feathers' channels). Named channels live until the console
 * stops; {@link #filter} and {@link #send} return new, unnamed channels over a snapshot of the connections.
 */
public interface Channel {

  /** The names of the channels it is made of (one for a named channel; none for a filtered snapshot). */
  List<String> names();

  /** Adds connections; one already in is left alone (no second {@code join}). */
  Channel join(Client... clients);

  /** Removes connections. */
  Channel leave(Client... clients);

  /** Removes every connection that matches. */
  Channel leave(Predicate<Client> which);

  /** A new channel holding the connections that match, with this channel's payload. */
  Channel filter(Predicate<Client> which);

  /** A channel with the same connections that publishes {@code data} instead of the event's own. */
  Channel send(Object data);

  /** The connections in it, without duplicates, in joining order. */
  List<Client> clients();

  /** How many connections are in it. */
  default int size() {
    return clients().size();
  }

  /** Whether no connection is in it. */
  default boolean isEmpty() {
    return clients().isEmpty();
  }

  /** Runs {@code listener} for each connection that joins from now on. */
  Disposable onJoin(Consumer<Client> listener);

  /** Runs {@code listener} for each connection that leaves from now on. */
  Disposable onLeave(Consumer<Client> listener);
}
