package dev.mochi.console;

import dev.mochi.api.Disposable;
import dev.mochi.api.console.Channel;
import dev.mochi.api.console.Client;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Several channels as one (Feathers' combined channel): each connection once, mapped to the first child that holds
 * it, whose payload it receives; joining or leaving is forwarded to every child. {@link #send} gives the combination a
 * payload of its own, used for connections whose child has none.
 */
final class CombinedChannel extends BaseChannel {
  private final List<BaseChannel> children;
  private final Object payload;

  CombinedChannel(List<BaseChannel> children, Object payload) {
    this.children = List.copyOf(children);
    this.payload = payload;
  }

  @Override public List<String> names() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    children.forEach(c -> out.addAll(c.names()));
    return List.copyOf(out);
  }

  @Override public Channel join(Client... clients) {
    children.forEach(c -> c.join(clients));
    return this;
  }

  @Override public Channel leave(Client... clients) {
    children.forEach(c -> c.leave(clients));
    return this;
  }

  @Override public Channel leave(Predicate<Client> which) {
    children.forEach(c -> c.leave(which));
    return this;
  }

  private Map<Client, BaseChannel> mapping() {
    Map<Client, BaseChannel> out = new LinkedHashMap<>();
    for (BaseChannel child : children) {
      for (Client c : child.clients()) out.putIfAbsent(c, child);
    }
    return out;
  }

  @Override public List<Client> clients() {
    return new ArrayList<>(mapping().keySet());
  }

  @Override public Channel filter(Predicate<Client> which) {
    Map<Client, BaseChannel> map = mapping();
    List<Client> kept = map.keySet().stream().filter(which).toList();
    return new SnapshotChannel(kept, c -> payloadOf(map.get(c), c));
  }

  @Override public Channel send(Object data) {
    return new CombinedChannel(children, data);
  }

  @Override Object payloadFor(Client client) {
    for (BaseChannel child : children) {
      if (child.clients().contains(client)) return payloadOf(child, client);
    }
    return payload;
  }

  private Object payloadOf(BaseChannel child, Client c) {
    Object own = child == null ? NONE : child.payloadFor(c);
    return own == NONE ? payload : own;
  }

  /** The connections with the payload each receives, in one pass over the children. */
  @Override Map<Client, Object> deliveries() {
    Map<Client, Object> out = new LinkedHashMap<>();
    mapping().forEach((c, child) -> out.put(c, payloadOf(child, c)));
    return out;
  }

  @Override public Disposable onJoin(Consumer<Client> listener) {
    List<Disposable> all = children.stream().map(c -> c.onJoin(listener)).toList();
    return () -> all.forEach(Disposable::dispose);
  }

  @Override public Disposable onLeave(Consumer<Client> listener) {
    List<Disposable> all = children.stream().map(c -> c.onLeave(listener)).toList();
    return () -> all.forEach(Disposable::dispose);
  }
}
