package dev.mochi.console;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The open sockets, by connection id. */
final class Clients {
  private final Map<String, SocketConnection> sockets = new ConcurrentHashMap<>();

  void add(SocketConnection c) { sockets.put(c.id(), c); }

  void remove(SocketConnection c) { sockets.remove(c.id()); }

  List<Connection> sockets() { return List.copyOf(sockets.values()); }

  int size() { return sockets.size(); }
}
