package dev.mochi.console;

import dev.mochi.api.Disposable;
import dev.mochi.api.console.Channel;
import dev.mochi.api.console.Client;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A fixed list of connections with a payload (what {@code filter} and {@code send} return). Joining or leaving it
 * changes only the snapshot, as in Feathers.
 */
final class SnapshotChannel extends BaseChannel {
  private final java.util.LinkedHashSet<Client> members;
  private final Function<Client, Object> payload;

  SnapshotChannel(List<Client> clients, Function<Client, Object> payload) {
    this.members = new java.util.LinkedHashSet<>(clients);
    this.payload = payload;
  }

  @Override public List<String> names() { return List.of(); }

  @Override public synchronized Channel join(Client... clients) {
    members.addAll(List.of(clients));
    return this;
  }

  @Override public synchronized Channel leave(Client... clients) {
    List.of(clients).forEach(members::remove);
    return this;
  }

  @Override public synchronized Channel leave(Predicate<Client> which) {
    members.removeIf(which);
    return this;
  }

  @Override public synchronized List<Client> clients() { return List.copyOf(members); }

  @Override Object payloadFor(Client client) { return payload.apply(client); }

  @Override public Disposable onJoin(Consumer<Client> listener) { return nothing(); }

  @Override public Disposable onLeave(Consumer<Client> listener) { return nothing(); }
}
