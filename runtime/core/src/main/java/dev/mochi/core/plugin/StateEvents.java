package dev.mochi.core.plugin;

import dev.mochi.api.Events;
import dev.mochi.api.plugin.PluginInfo;
import dev.mochi.api.plugin.PluginStateChange;
import dev.mochi.core.scope.EventBus;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link Events#PLUGIN_STATE} for one operation: what the plugins were before and after it, compared. The plugin the
 * operation was about gets an event even when nothing about it changed (a reload), every other plugin only when it
 * did (a dependent that failed). Operations and their events run under one lock, so the events of two operations
 * never interleave; a listener may call the host again from its own thread (the lock is reentrant).
 */
final class StateEvents {
  private final EventBus events;

  StateEvents(EventBus events) { this.events = events; }

  static Map<String, PluginInfo> byId(List<PluginInfo> infos) {
    Map<String, PluginInfo> out = new LinkedHashMap<>();
    for (PluginInfo i : infos) out.put(i.id(), i);
    return out;
  }

  /** Runs {@code operation} between two snapshots and emits the differences; {@code target} may be null. */
  <T> T around(Object lock, Supplier<List<PluginInfo>> snapshot, String target, Supplier<T> operation) {
    synchronized (lock) {
      Map<String, PluginInfo> before = byId(snapshot.get());
      try {
        return operation.get();
      } finally {
        emit(before, byId(snapshot.get()), target);
      }
    }
  }

  void emit(Map<String, PluginInfo> before, Map<String, PluginInfo> after, String target) {
    Set<String> ids = new LinkedHashSet<>(before.keySet());
    ids.addAll(after.keySet());
    for (String id : ids) {
      PluginInfo was = before.get(id);
      PluginInfo now = after.get(id);
      if (!id.equals(target) && Objects.equals(was, now)) continue;
      PluginInfo shown = now != null ? now : was;
      events.emit(Events.PLUGIN_STATE, new PluginStateChange(shown,
          java.util.Optional.ofNullable(was).map(PluginInfo::state), now == null));
    }
  }
}
