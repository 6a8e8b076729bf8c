package dev.mochi.console;

import dev.mochi.api.Disposable;
import dev.mochi.api.console.Channel;
import dev.mochi.api.console.Client;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A channel with a name: connections in joining order, each at most once; join and leave listeners. */
final class NamedChannel extends BaseChannel {
  private final String name;
  private final LinkedHashSet<Client> members = new LinkedHashSet<>();
  private final List<Consumer<Client>> onJoin = new CopyOnWriteArrayList<>();
  private final List<Consumer<Client>> onLeave = new CopyOnWriteArrayList<>();

  NamedChannel(String name) {
    this.name = name;
  }

  String name() { return name; }

  @Override public List<String> names() { return List.of(name); }

  @Override public Channel join(Client... clients) {
    for (Client c : clients) {
      if (c instanceof Connection conn && !conn.persistent()) continue;
      if (added(c)) onJoin.forEach(l -> l.accept(c));
    }
    return this;
  }

  /** Adds {@code c} unless it is here already or (a connection) closed, which left every channel for good. */
  private boolean added(Client c) {
    if (!(c instanceof Connection conn)) {
      synchronized (this) {
        return members.add(c);
      }
    }
    synchronized (conn) {
      if (!conn.open()) return false;
      synchronized (this) {
        if (!members.add(c)) return false;
      }
      conn.channelSet().add(name);
      return true;
    }
  }

  @Override public Channel leave(Client... clients) {
    for (Client c : clients) {
      boolean removed;
      synchronized (this) {
        removed = members.remove(c);
      }
      if (removed) {
        if (c instanceof Connection conn) conn.channelSet().remove(name);
        onLeave.forEach(l -> l.accept(c));
      }
    }
    return this;
  }

  @Override public Channel leave(Predicate<Client> which) {
    return leave(clients().stream().filter(which).toArray(Client[]::new));
  }

  @Override public synchronized List<Client> clients() {
    return new ArrayList<>(members);
  }

  @Override public synchronized int size() { return members.size(); }

  synchronized boolean holds(Client c) { return members.contains(c); }

  @Override Object payloadFor(Client client) { return NONE; }

  @Override public Disposable onJoin(Consumer<Client> listener) {
    onJoin.add(listener);
    return () -> onJoin.remove(listener);
  }

  @Override public Disposable onLeave(Consumer<Client> listener) {
    onLeave.add(listener);
    return () -> onLeave.remove(listener);
  }

  @Override public String toString() { return "channel " + name; }
}
