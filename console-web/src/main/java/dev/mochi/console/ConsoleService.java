package dev.mochi.console;

import dev.mochi.api.Context;
import dev.mochi.api.Disposable;
import dev.mochi.api.console.Channel;
import dev.mochi.api.console.Client;
import dev.mochi.api.console.Console;
import dev.mochi.api.console.ConsoleEvent;
import dev.mochi.api.console.ConsoleListener;
import dev.mochi.api.console.DataService;
import dev.mochi.api.console.Publisher;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link Console} service as one plugin sees it: every registration is made in the console's registries under
 * the plugin's name and disposed with the plugin's scope ({@link #forScope} makes one per caller; the console's own
 * view has no scope and its registrations live as long as the console).
 */
final class ConsoleService implements Console {
  private final ConsoleServer server;
  private final Context scope;

  ConsoleService(ConsoleServer server, Context scope) {
    this.server = server;
    this.scope = scope;
  }

  ConsoleServer server() { return server; }

  private String plugin() {
    return scope == null ? "console" : scope.pluginName();
  }

  private <D extends Disposable> D track(D d) {
    if (scope != null) scope.onDispose(d::dispose);
    return d;
  }

  @Override public Console forScope(Context caller) {
    return new ConsoleService(server, caller);
  }

  @Override public <T> DataService<T> data(String key, Supplier<T> value) {
    return data(key, value, 0);
  }

  @Override public <T> DataService<T> data(String key, Supplier<T> value, int authority) {
    return track(server.data().add(key, value, authority, plugin()));
  }

  @Override public <T> DataService<T> data(String key, Function<Client, T> value, int authority) {
    return track(server.data().add(key, value, true, authority, plugin()));
  }

  @Override public Disposable addListener(String name, ConsoleListener handler) {
    return addListener(name, handler, 0);
  }

  @Override public Disposable addListener(String name, ConsoleListener handler, int authority) {
    return track(server.listeners().add(name, handler, authority, plugin(), false));
  }

  /** A listener HTTP GET may call too (it only reads). */
  Disposable addReader(String name, ConsoleListener handler, int authority) {
    return track(server.listeners().add(name, handler, authority, plugin(), true));
  }

  @Override public Disposable addEntry(String path) {
    Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
    return addEntry(path, caller.getClassLoader());
  }

  @Override public Disposable addEntry(String path, ClassLoader loader) {
    return track(server.entries().add(plugin(), path, loader));
  }

  @Override public Channel channel(String... names) {
    return server.hub().channel(names);
  }

  @Override public Channel channel(Channel... channels) {
    return server.hub().combine(channels);
  }

  @Override public List<String> channels() {
    return server.hub().names();
  }

  @Override public List<Client> clients() {
    return List.copyOf(server.clients().sockets());
  }

  @Override public Disposable publish(Publisher publisher) {
    return track(server.publishers().add("", "", publisher));
  }

  @Override public Disposable publish(String event, Publisher publisher) {
    return track(server.publishers().add("", event, publisher));
  }

  @Override public Disposable publishService(String service, Publisher publisher) {
    return track(server.publishers().add(service, "", publisher));
  }

  @Override public Disposable publish(String service, String event, Publisher publisher) {
    return track(server.publishers().add(service, event, publisher));
  }

  @Override public void emit(String event, Object data) {
    emit(ConsoleEvent.of(event, data));
  }

  @Override public void emit(ConsoleEvent event) {
    server.publishers().publish(event);
  }
}
