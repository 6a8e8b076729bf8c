package dev.mochi.console;

import dev.mochi.api.Disposable;
import dev.mochi.api.console.Channel;
import dev.mochi.api.console.Client;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What every channel kind shares: the payload a connection receives ({@link #payloadFor}), and {@code filter} and
 * {@code send}, which make snapshots. Kinds: {@link NamedChannel} (lives in the {@link ChannelHub}),
 * {@link CombinedChannel} (several channels, a connection mapped to the first that holds it) and
 * {@link SnapshotChannel} (a fixed list with one payload).
 */
abstract class BaseChannel implements Channel {
  /** A payload of "nothing of its own": the event's data is sent. */
  static final Object NONE = new Object();

  /** What {@code client} receives instead of the event's data; {@link #NONE} for the event's own. */
  abstract Object payloadFor(Client client);

  @Override public Channel filter(Predicate<Client> which) {
    List<Client> kept = clients().stream().filter(which).toList();
    return new SnapshotChannel(kept, this::payloadFor);
  }

  @Override public Channel send(Object data) {
    Object payload = data;
    return new SnapshotChannel(clients(), c -> payload);
  }

  /** Every connection with what it receives ({@link #NONE}: the event's data). */
  java.util.Map<Client, Object> deliveries() {
    java.util.Map<Client, Object> out = new java.util.LinkedHashMap<>();
    for (Client c : clients()) out.put(c, payloadFor(c));
    return out;
  }

  static Optional<Object> own(Object payload) {
    return payload == NONE ? Optional.empty() : Optional.ofNullable(payload);
  }

  static Disposable nothing() {
    return () -> {};
  }

  static final Consumer<Client> IGNORE = c -> {};
}
