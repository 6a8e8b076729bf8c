package dev.mochi.core.resource;

import dev.mochi.api.Disposable;
import dev.mochi.api.resource.ActionHandler;
import dev.mochi.api.resource.ActionMiddleware;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.api.resource.ServiceMethod;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What plugins registered: action handlers by name ({@code post:publish}, {@code post.comments:pin}, or an
 * action for every table), defined resources, middleware and services. The newest registration of a name is the
 * one used; disposing it brings back the one before.
 */
final class Registry {
  /** A middleware and what it is for: empty for every action, a resource, or {@code resource:action}. */
  record Around(String target, ActionMiddleware middleware) {}

  private final Map<String, Deque<ActionHandler>> handlers = new ConcurrentHashMap<>();
  private final Map<String, Deque<Map<String, ActionHandler>>> defined = new ConcurrentHashMap<>();
  private final Map<String, Deque<Map<String, ServiceMethod>>> services = new ConcurrentHashMap<>();
  private final List<Around> middleware = new CopyOnWriteArrayList<>();

  Disposable handler(String name, ActionHandler handler) {
    if (name == null || name.isBlank() || name.contains(" ")) {
      throw new ResourceException(ResourceException.RESOURCE_INVALID, 500, "Action name '" + name
          + "' is not valid; use 'resource:action', 'resource.association:action' or 'action'");
    }
    return push(handlers, name, handler);
  }

  Disposable define(String name, Map<String, ActionHandler> actions) {
    if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new ResourceException(ResourceException.RESOURCE_INVALID, 500, "Resource name '" + name
          + "' is not valid; use letters, digits and underscores");
    }
    return push(defined, name, Map.copyOf(actions));
  }

  Disposable service(String name, Map<String, ServiceMethod> methods) {
    return push(services, name, Map.copyOf(methods));
  }

  Disposable use(String target, ActionMiddleware m) {
    Around a = new Around(target, m);
    middleware.add(a);
    return () -> middleware.remove(a);
  }

  private static <V> Disposable push(Map<String, Deque<V>> map, String name, V value) {
    map.computeIfAbsent(name, k -> new ConcurrentLinkedDeque<>()).push(value);
    return () -> map.computeIfPresent(name, (k, d) -> {
      d.removeFirstOccurrence(value);
      return d.isEmpty() ? null : d;
    });
  }

  Optional<ActionHandler> handler(String name) {
    Deque<ActionHandler> d = handlers.get(name);
    return d == null ? Optional.empty() : Optional.ofNullable(d.peekFirst());
  }

  Optional<Map<String, ActionHandler>> defined(String name) {
    Deque<Map<String, ActionHandler>> d = defined.get(name);
    return d == null ? Optional.empty() : Optional.ofNullable(d.peekFirst());
  }

  List<String> definedNames() {
    return List.copyOf(defined.keySet());
  }

  Optional<ServiceMethod> method(String service, String method) {
    Deque<Map<String, ServiceMethod>> d = services.get(service);
    Map<String, ServiceMethod> m = d == null ? null : d.peekFirst();
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(method));
  }

  /** The middleware for a call, in order: every action's, the resource's, the action's. */
  List<ActionMiddleware> around(String resource, String action) {
    List<ActionMiddleware> out = new ArrayList<>();
    Map<Integer, List<ActionMiddleware>> levels = new LinkedHashMap<>();
    for (int i = 0; i < 3; i++) levels.put(i, new ArrayList<>());
    for (Around a : middleware) {
      if (a.target().isEmpty()) levels.get(0).add(a.middleware());
      else if (a.target().equals(resource)) levels.get(1).add(a.middleware());
      else if (a.target().equals(resource + ":" + action)) levels.get(2).add(a.middleware());
    }
    levels.values().forEach(out::addAll);
    return out;
  }
}
