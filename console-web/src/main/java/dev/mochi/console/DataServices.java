package dev.mochi.console;

import dev.mochi.api.console.Client;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.DataService;
import dev.mochi.api.console.ErrorCode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * The data services (Koishi's): named values pushed to every connection of at least their authority, on connect,
 * on login and on {@link DataService#refresh()}. A shared value is computed and serialized once per refresh, however
 * many connections receive it; a per-connection value once per connection. A connection below a service's authority
 * never receives anything of it, not even its key.
 */
final class DataServices {
  private final Map<String, Service<?>> byKey = new ConcurrentHashMap<>();
  private final Clients clients;
  private final Logger log;

  DataServices(Clients clients, Logger log) {
    this.clients = clients;
    this.log = log;
  }

  <T> DataService<T> add(String key, Function<Client, T> value, boolean perClient, int authority, String plugin) {
    if (key == null || !key.matches("[A-Za-z0-9_.:-]{1,100}")) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "Plugin '" + plugin + "': a data service key is 1 to 100 letters, digits and _.:-, not '" + key + "'");
    }
    if (authority < 0 || authority > 5) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "Data service '" + key + "': authority must be 0 to 5, not " + authority);
    }
    Service<T> s = new Service<>(key, value, perClient, authority, plugin);
    Service<?> before = byKey.putIfAbsent(key, s);
    if (before != null) {
      throw new ConsoleException(ErrorCode.CONFLICT, "Plugin '" + plugin + "': data service '" + key
          + "' is already registered by plugin '" + before.plugin + "'");
    }
    s.refresh();
    return s;
  }

  <T> DataService<T> add(String key, Supplier<T> value, int authority, String plugin) {
    return add(key, c -> value.get(), false, authority, plugin);
  }

  /** Sends {@code c} every service it may see (on connect and on login). */
  void sendAll(Connection c) {
    for (Service<?> s : byKey.values()) {
      if (s.visibleTo(c)) s.sendTo(c);
    }
  }

  /**
   * {@code c}'s user or authority changed from {@code before}: services it may no longer see are gone for it, the
   * ones it may see now (and per-connection values) are sent again.
   */
  void identityChanged(Connection c, int before) {
    for (Service<?> s : byKey.values()) {
      boolean was = before >= s.authority;
      boolean is = s.visibleTo(c);
      if (was && !is) c.push(Push.gone(s.key));
      else if (is && (!was || s.perClient)) s.sendTo(c);
    }
  }

  List<String> keys() {
    return byKey.keySet().stream().sorted().toList();
  }

  final class Service<T> implements DataService<T> {
    final String key;
    final Function<Client, T> value;
    final boolean perClient;
    final int authority;
    final String plugin;
    final AtomicBoolean disposed = new AtomicBoolean();

    Service(String key, Function<Client, T> value, boolean perClient, int authority, String plugin) {
      this.key = key;
      this.value = value;
      this.perClient = perClient;
      this.authority = authority;
      this.plugin = plugin;
    }

    boolean visibleTo(Connection c) {
      return c.persistent() && c.authority() >= authority;
    }

    void sendTo(Connection c) {
      String frame = frame(c);
      if (frame != null) c.push(frame);
    }

    private String frame(Client c) {
      try {
        return Push.data(key, value.apply(c));
      } catch (RuntimeException e) {
        log.warn("Plugin '{}': data service '{}' failed to compute its value; clients keep the last one", plugin, key, e);
        return null;
      }
    }

    @Override public String key() { return key; }

    @Override public int authority() { return authority; }

    @Override public void refresh() {
      if (disposed.get()) return;
      String shared = null;
      boolean computed = false;
      for (Connection c : clients.sockets()) {
        if (!visibleTo(c)) continue;
        if (perClient) {
          sendTo(c);
          continue;
        }
        if (!computed) {
          shared = frame(null);
          computed = true;
          if (shared == null) return;
        }
        c.push(shared);
      }
    }

    @Override public void patch(Object delta) {
      if (disposed.get()) return;
      String frame = Push.patch(key, delta);
      for (Connection c : clients.sockets()) {
        if (visibleTo(c)) c.push(frame);
      }
    }

    @Override public void dispose() {
      if (!disposed.compareAndSet(false, true)) return;
      byKey.remove(key, this);
      String frame = Push.gone(key);
      for (Connection c : clients.sockets()) {
        if (visibleTo(c)) c.push(frame);
      }
    }
  }
}
