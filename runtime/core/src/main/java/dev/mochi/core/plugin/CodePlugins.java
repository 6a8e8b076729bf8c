package dev.mochi.core.plugin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.api.Context;
import dev.mochi.api.Fork;
import dev.mochi.api.Plugin;
import dev.mochi.api.PluginException;
import dev.mochi.api.plugin.PluginInfo;
import dev.mochi.api.plugin.PluginState;
import dev.mochi.core.config.ConfigLoader;
import dev.mochi.core.scope.EventBus;
import dev.mochi.core.scope.PluginScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plugins applied from code or the class path ({@code App.plugin(...)}, the builder, the launcher's class-path
 * plugins), as opposed to the jars of the {@link PluginHost}. Each is kept with the fork it runs in, so it can be
 * disabled, enabled, reloaded and reconfigured like a jar: the fork is disposed and the plugin applied again in a
 * new one. The {@link Fork} handed to the caller stays valid across that: it always stands for the current fork, and
 * disposing it removes the plugin.
 */
public final class CodePlugins {
  private final PluginScope root;
  private final PluginSections sections;
  private final ConfigBinder binder;
  private final StateEvents events;
  private final List<Entry> entries = new ArrayList<>();
  private final Object lock = new Object();

  /** One plugin from code and how it is applied now. */
  private final class Entry implements Fork {
    final Plugin<?> plugin;
    /** The config object it was given; null once it is applied from a section. */
    Object config;
    boolean fromSection;
    Fork fork;
    PluginState state = PluginState.FAILED;
    String error = "";

    Entry(Plugin<?> plugin) { this.plugin = plugin; }

    @Override public Context context() {
      Fork f = fork;
      if (f == null) throw new PluginException(plugin.name(), "is " + state.name().toLowerCase() + "; it has no context now");
      return f.context();
    }

    @Override public boolean disposed() {
      synchronized (lock) {
        return !entries.contains(this);
      }
    }

    @Override public void dispose() {
      events.around(lock, CodePlugins.this::list, plugin.name(), () -> {
        if (entries.remove(this)) unapply(this);
        return null;
      });
    }

    PluginInfo info() {
      Package pkg = plugin.getClass().getPackage();
      String version = pkg == null || pkg.getImplementationVersion() == null ? "" : pkg.getImplementationVersion();
      return new PluginInfo(plugin.name(), version, "", state,
          state == PluginState.FAILED ? Optional.of(error) : Optional.empty(), List.of(plugin.name()), List.of(),
          Optional.empty());
    }
  }

  public CodePlugins(PluginScope root, PluginSections sections, ConfigLoader loader, EventBus events) {
    this.root = root;
    this.sections = sections;
    this.binder = new ConfigBinder(loader);
    this.events = new StateEvents(events);
  }

  /**
   * Applies {@code plugin} with a section, bound to its config record; an invalid section or a failing apply throws
   * (a {@link PluginException} naming the plugin) and nothing is kept.
   */
  public Fork apply(Plugin<?> plugin, ObjectNode section) {
    Entry e = new Entry(plugin);
    e.fromSection = true;
    return add(e, () -> apply(e, section));
  }

  /** Applies {@code plugin} with a config object. */
  public <C> Fork apply(Plugin<C> plugin, C config) {
    Entry e = new Entry(plugin);
    e.config = config;
    return add(e, () -> applyObject(e));
  }

  private Fork add(Entry e, Runnable applying) {
    return events.around(lock, this::list, e.plugin.name(), () -> {
      applying.run();
      entries.add(e);
      return e;
    });
  }

  private void apply(Entry e, ObjectNode section) {
    e.fork = bindAndApply(e.plugin, section);
    e.state = PluginState.ACTIVE;
    e.error = "";
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void applyObject(Entry e) {
    e.fork = root.plugin((Plugin) e.plugin, e.config);
    e.state = PluginState.ACTIVE;
    e.error = "";
  }

  private <C> Fork bindAndApply(Plugin<C> plugin, ObjectNode section) {
    return root.plugin(plugin, binder.bind(plugin, section));
  }

  private void unapply(Entry e) {
    Fork f = e.fork;
    e.fork = null;
    if (f != null) f.dispose();
  }

  /** Applies an entry again as it is configured now; a failure leaves it failed with the reason. */
  private void reapply(Entry e) {
    unapply(e);
    try {
      if (e.fromSection) apply(e, sections.section(e.plugin.name()));
      else applyObject(e);
    } catch (RuntimeException ex) {
      e.state = PluginState.FAILED;
      e.error = ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage();
      root.logger().error("Plugin '{}' failed: {}", e.plugin.name(), e.error, ex);
    }
  }

  /** Every plugin from code, in the order they were applied. */
  public List<PluginInfo> list() {
    synchronized (lock) {
      return entries.stream().map(Entry::info).toList();
    }
  }

  /** The newest plugin from code of that name. */
  public Optional<PluginInfo> find(String name) {
    synchronized (lock) {
      return entry(name).map(Entry::info);
    }
  }

  private Optional<Entry> entry(String name) {
    for (int i = entries.size() - 1; i >= 0; i--) if (entries.get(i).plugin.name().equals(name)) return Optional.of(entries.get(i));
    return Optional.empty();
  }

  private Entry require(String name) {
    return entry(name).orElseThrow(() -> new PluginException(name, "no plugin of that name was applied from code"));
  }

  public PluginInfo reload(String name) {
    return events.around(lock, this::list, name, () -> {
      Entry e = require(name);
      if (e.state == PluginState.DISABLED) {
        throw new PluginException(name, "is disabled; enable it instead of reloading it");
      }
      // As for a jar: a reload applies what the owner wrote in bot.yml since (a file that no longer reads refuses it).
      if (e.fromSection) sections.reread(List.of(name));
      reapply(e);
      return e.info();
    });
  }

  public PluginInfo enable(String name) {
    return events.around(lock, this::list, name, () -> {
      Entry e = require(name);
      if (e.state != PluginState.ACTIVE) reapply(e);
      return e.info();
    });
  }

  public PluginInfo disable(String name) {
    return events.around(lock, this::list, name, () -> {
      Entry e = require(name);
      unapply(e);
      e.state = PluginState.DISABLED;
      e.error = "";
      return e.info();
    });
  }

  /** The plugin object of that name, for its schema; empty when no plugin from code has it. */
  Optional<Plugin<?>> plugin(String name) {
    synchronized (lock) {
      return entry(name).map(e -> e.plugin);
    }
  }

  /** The section it is applied with now: the saved one, or its config object as a section. */
  ObjectNode section(String name) {
    synchronized (lock) {
      Entry e = require(name);
      if (e.fromSection || e.config == null) return sections.section(name);
      try {
        return binder.section(e.config);
      } catch (IllegalArgumentException ex) {
        return JsonNodeFactory.instance.objectNode();
      }
    }
  }

  /**
   * Applies plugin {@code name} again with {@code section} (already validated and saved); from now on it is applied
   * from its saved section.
   */
  PluginInfo reconfigure(String name) {
    return events.around(lock, this::list, name, () -> {
      Entry e = require(name);
      e.fromSection = true;
      e.config = null;
      if (e.state != PluginState.DISABLED) reapply(e);
      return e.info();
    });
  }

  /** Binds {@code section} to plugin {@code name}'s record without applying it: throws when it does not fit. */
  void validate(String name, ObjectNode section) {
    Plugin<?> plugin = plugin(name).orElseThrow(() -> new PluginException(name, "no plugin of that name was applied from code"));
    binder.bind(plugin, section);
  }

  ConfigBinder binder() { return binder; }
}
