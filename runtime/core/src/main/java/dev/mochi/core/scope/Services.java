package dev.mochi.core.scope;

import dev.mochi.api.Disposable;
import dev.mochi.api.Fork;
import dev.mochi.api.ScopedService;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Services of one app. The newest provider of a type is the current one; when it goes away the previous one
 * (if any) becomes current again. A {@link ScopedService} hands each caller its own view. {@code inject} bodies run in a fork of the injecting scope for as long as a
 * provider is current, and the fork is disposed (everything the body registered) when the provider changes.
 */
public final class Services {
  private final Map<Class<?>, Deque<Object>> providers = new HashMap<>();
  private final Map<Class<?>, List<Injection<?>>> injections = new HashMap<>();

  private final class Injection<S> {
    final PluginScope scope;
    final BiConsumer<dev.mochi.api.Context, S> body;
    Fork fork;
    Object boundTo;

    Injection(PluginScope scope, BiConsumer<dev.mochi.api.Context, S> body) {
      this.scope = scope;
      this.body = body;
    }

    @SuppressWarnings("unchecked")
    void bind(Object service) {
      if (boundTo == service) return;
      unbind();
      if (service == null || scope.disposed()) return;
      boundTo = service;
      fork = scope.fork(scope.pluginName(), ctx -> body.accept(ctx, (S) viewFor(service, ctx)));
    }

    void unbind() {
      Fork f = fork;
      fork = null;
      boundTo = null;
      if (f != null) f.dispose();
    }
  }

  public <S> Disposable provide(PluginScope scope, Class<S> type, S service) {
    List<Injection<?>> toRebind;
    synchronized (this) {
      providers.computeIfAbsent(type, k -> new ArrayDeque<>()).push(service);
      toRebind = new ArrayList<>(injections.getOrDefault(type, List.of()));
    }
    toRebind.forEach(i -> i.bind(service));
    return scope.track(() -> withdraw(type, service));
  }

  private void withdraw(Class<?> type, Object service) {
    Object current;
    List<Injection<?>> toRebind;
    synchronized (this) {
      Deque<Object> stack = providers.get(type);
      if (stack == null || !stack.remove(service)) return;
      current = stack.peek();
      toRebind = new ArrayList<>(injections.getOrDefault(type, List.of()));
    }
    toRebind.forEach(i -> i.bind(current));
  }

  /** What {@code caller} is handed: a {@link ScopedService}'s own view for it, or the service itself. */
  public static Object viewFor(Object service, dev.mochi.api.Context caller) {
    return service instanceof ScopedService<?> scoped ? scoped.forScope(caller) : service;
  }

  public synchronized <S> Optional<S> get(Class<S> type) {
    Deque<Object> stack = providers.get(type);
    return stack == null || stack.isEmpty() ? Optional.empty() : Optional.of(type.cast(stack.peek()));
  }

  public <S> Disposable inject(PluginScope scope, Class<S> type, BiConsumer<dev.mochi.api.Context, S> body) {
    Injection<S> injection = new Injection<>(scope, body);
    Object current;
    synchronized (this) {
      injections.computeIfAbsent(type, k -> new ArrayList<>()).add(injection);
      current = get(type).orElse(null);
    }
    injection.bind(current);
    return scope.track(() -> {
      synchronized (this) {
        injections.getOrDefault(type, new ArrayList<>()).remove(injection);
      }
      injection.unbind();
    });
  }
}
