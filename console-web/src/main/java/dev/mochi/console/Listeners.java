package dev.mochi.console;

import dev.mochi.api.Disposable;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ConsoleListener;
import dev.mochi.api.console.ErrorCode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The console's actions by name: each a handler, the authority it needs and the plugin that added it. */
final class Listeners {
  /** One registered action; {@code reads} marks one HTTP GET may call. */
  record Entry(String name, ConsoleListener handler, int authority, String plugin, boolean reads) {}

  private final Map<String, Entry> byName = new ConcurrentHashMap<>();

  Disposable add(String name, ConsoleListener handler, int authority, String plugin, boolean reads) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "A console listener needs a name of 1 to 200 characters");
    }
    if (authority < 0 || authority > 5) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "Console listener '" + name + "': authority must be 0 to 5, not " + authority);
    }
    Entry entry = new Entry(name, handler, authority, plugin, reads);
    Entry before = byName.putIfAbsent(name, entry);
    if (before != null) {
      throw new ConsoleException(ErrorCode.CONFLICT, "Plugin '" + plugin + "': console listener '" + name
          + "' is already registered by plugin '" + before.plugin() + "'");
    }
    return () -> byName.remove(name, entry);
  }

  Optional<Entry> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
