package dev.mochi.core.scope;

import dev.mochi.api.Disposable;
import dev.mochi.api.EventType;
import dev.mochi.api.HookType;
import dev.mochi.api.Listener;
import dev.mochi.api.PluginException;
import dev.mochi.api.Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Events and hooks of one app. A listener or hook handler belongs to the scope it was registered through;
 * for events and hooks about a session, only registrations whose scope's selectors match the session see it.
 */
public final class EventBus {
  private final Map<String, List<Registration<?>>> listeners = new ConcurrentHashMap<>();
  private final Map<String, List<Registration<?>>> hooks = new ConcurrentHashMap<>();

  private record Registration<T>(PluginScope scope, T handler, AtomicBoolean once) {}

  public <E> Disposable on(PluginScope scope, EventType<E> type, Listener<E> listener, boolean once) {
    return add(listeners, type.name(), new Registration<>(scope, listener, once ? new AtomicBoolean() : null), scope);
  }

  public <H> Disposable before(PluginScope scope, HookType<H> hook, H handler) {
    return add(hooks, hook.name(), new Registration<>(scope, handler, null), scope);
  }

  private static Disposable add(Map<String, List<Registration<?>>> map, String name, Registration<?> r, PluginScope scope) {
    List<Registration<?>> list = map.computeIfAbsent(name, k -> new CopyOnWriteArrayList<>());
    list.add(r);
    return scope.track(() -> list.remove(r));
  }

  /** Delivers to every listener; failures are logged with the listener's plugin and contained. */
  public <E> void emit(EventType<E> type, E event) {
    for (Registration<?> r : targets(type, event)) {
      try {
        call(r, event);
      } catch (Exception e) {
        r.scope().logger().warn("Listener for '{}' failed", type.name(), e);
      }
    }
  }

  /** Delivers an event to the listeners registered through one scope only (used for DISPOSE). */
  public <E> void emitTo(PluginScope scope, EventType<E> type, E event) {
    List<Registration<?>> list = listeners.get(type.name());
    if (list == null) return;
    for (Registration<?> r : list) {
      if (r.scope().identity() != scope.identity()) continue;
      try {
        call(r, event);
      } catch (Exception e) {
        r.scope().logger().warn("Listener for '{}' failed", type.name(), e);
      }
    }
  }

  /** Delivers in order; the first failure stops delivery and is rethrown. */
  public <E> void serial(EventType<E> type, E event) throws Exception {
    for (Registration<?> r : targets(type, event)) call(r, event);
  }

  private <E> List<Registration<?>> targets(EventType<E> type, E event) {
    List<Registration<?>> list = listeners.get(type.name());
    if (list == null) return List.of();
    if (event instanceof Session s) return list.stream().filter(r -> r.scope().matches(s)).toList();
    return list;
  }

  @SuppressWarnings("unchecked")
  private <E> void call(Registration<?> r, E event) throws Exception {
    if (r.once() != null) {
      if (!r.once().compareAndSet(false, true)) return;
      removeListener(r);
    }
    ((Listener<E>) r.handler()).handle(event);
  }

  void removeListener(Object registration) {
    for (List<Registration<?>> list : listeners.values()) list.remove(registration);
  }

  /**
   * Calls the hook's handlers in registration order through {@code call} and returns the first non-null result.
   * With a session, handlers whose scope does not match it are skipped. A handler's exception is rethrown
   * as a {@link PluginException} naming its plugin.
   */
  @SuppressWarnings("unchecked")
  public <H, R> Optional<R> bail(HookType<H> hook, Session session, Function<H, R> call) {
    List<Registration<?>> list = hooks.get(hook.name());
    if (list == null) return Optional.empty();
    for (Registration<?> r : list) {
      if (session != null && !r.scope().matches(session)) continue;
      R result;
      try {
        result = call.apply((H) r.handler());
      } catch (PluginException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new PluginException(r.scope().pluginName(), "hook '" + hook.name() + "' failed: " + e.getMessage(), e);
      }
      if (result != null) return Optional.of(result);
    }
    return Optional.empty();
  }

  /** Whether any handler is registered for the hook. */
  public boolean hasHandlers(HookType<?> hook) {
    List<Registration<?>> list = hooks.get(hook.name());
    return list != null && !list.isEmpty();
  }
}
