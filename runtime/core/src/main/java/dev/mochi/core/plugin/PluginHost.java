package dev.mochi.core.plugin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.api.Disposable;
import dev.mochi.api.Fork;
import dev.mochi.api.Plugin;
import dev.mochi.api.PluginException;
import dev.mochi.api.Context;
import dev.mochi.core.config.AppConfig;
import dev.mochi.core.config.ConfigLoader;
import dev.mochi.core.scope.EventBus;
import dev.mochi.core.session.Dispatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plugin host: loads plugin jars from the plugin directory ({@code plugins.dir} in {@code bot.yml}) through
 * PF4J, each in its own class loader, and applies their {@link Plugin}s with their configuration. Plugins can be
 * enabled, disabled, reloaded, installed, uninstalled and reconfigured while the bot runs, from code, from chat
 * (the authority-4 {@code plugin} command) and from the dev-mode watcher. A jar that fails to load fails alone;
 * {@link #list()} tells why.
 *
 * <pre>{@code
 * PluginHost host = app.plugins();
 * host.start();                        // the plugin command, and every enabled jar in the plugin directory
 * host.reload("weather");              // after replacing plugins/weather-1.1.jar
 * host.configure("weather", section);  // re-applies it with a new, validated configuration
 * }</pre>
 *
 * <p>Operations are serialized; each returns after the plugin is active (or failed) again.
 */
public final class PluginHost implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("mochi");

  private final Parts parts;
  private final Path directory;
  private final MochiPluginManager pf4j;
  private final JarCopies copies = new JarCopies();
  private final LoaderWatch watch;
  private final ConfigBinder binder;
  private final Unloading unloading;
  private final Loading loading;
  private final Map<String, Installed> entries = new LinkedHashMap<>();
  private final PluginSections sections;
  private final StateEvents events;
  private final List<Disposable> watchers = new ArrayList<>();
  private final Object lock = new Object();
  private Fork command;
  private boolean closed;

  /**
   * What the host uses of the app: the configuration ({@code plugins.dir}, the time budget), the loader that binds a
   * plugin's section to its config record, the sections, the event bus for state events, the root context that
   * applies a jar's plugins, and the dispatcher whose sessions an unload waits for.
   */
  public record Parts(AppConfig config, ConfigLoader configLoader, PluginSections sections, EventBus events,
                      Context root, Dispatcher dispatcher) {}

  /** A host for the app's plugin directory; nothing is loaded until {@link #start()}. */
  public PluginHost(Parts parts) {
    this(parts, true);
  }

  /** A host whose leak checks run only when {@link #checkLeaks()} is called (when {@code autoLeakCheck} is off). */
  public PluginHost(Parts parts, boolean autoLeakCheck) {
    this.parts = parts;
    this.directory = Path.of(parts.config().plugins().dir()).toAbsolutePath().normalize();
    this.pf4j = new MochiPluginManager(directory, MochiVersion.current());
    this.watch = new LoaderWatch(autoLeakCheck);
    this.binder = new ConfigBinder(parts.configLoader());
    this.sections = parts.sections();
    this.events = new StateEvents(parts.events());
    this.unloading = new Unloading(parts, pf4j, copies, watch);
    this.loading = new Loading(parts, pf4j, copies, binder, unloading);
  }

  /** The directory plugin jars are read from. */
  public Path directory() { return directory; }

  /** Registers the {@code plugin} command and loads every enabled jar of the plugin directory. Idempotent. */
  public void start() {
    changing(null, () -> {
      if (command != null || closed) return null;
      command = parts.root().plugin(new PluginCommands(this), null);
      List<Installed> batch = new ArrayList<>();
      for (Map.Entry<String, Path> jar : JarScan.scan(pf4j, directory).entrySet()) {
        Installed e = entries.computeIfAbsent(jar.getKey(), id -> new Installed(id, jar.getValue(), null));
        e.source = jar.getValue();
        if (pf4j.isDisabled(e.id)) e.state = PluginState.DISABLED;
        else if (e.state != PluginState.ACTIVE) batch.add(e);
      }
      loading.load(batch, entries, this::section);
      return null;
    });
  }

  /** Runs one operation under the lock and emits {@link dev.mochi.api.Events#PLUGIN_STATE} for what it changed. */
  private <T> T changing(String id, Supplier<T> operation) {
    return events.around(lock, () -> list().stream().map(ApiInfos::of).toList(), id, operation);
  }

  /** Every jar the host knows, in the order they were found. */
  public List<PluginInfo> list() {
    synchronized (lock) {
      return entries.values().stream().map(Installed::info).toList();
    }
  }

  /** One jar by id. */
  public Optional<PluginInfo> info(String id) {
    synchronized (lock) {
      return Optional.ofNullable(entries.get(id)).map(Installed::info);
    }
  }

  /**
   * Unloads the plugin and the plugins depending on it, then loads them again from their jars (picking up a
   * replaced jar in the plugin directory, or a new one with a higher version). A jar dropped into the directory
   * after start is found by its id.
   */
  public PluginInfo reload(String id) {
    return changing(id, () -> {
      // Before unloading: a bot.yml that no longer reads refuses the reload and leaves the plugins running.
      sections.reread(dependentsFirst(find(id)).stream().flatMap(x -> x.names.stream()).toList());
      return doReload(id);
    });
  }

  private PluginInfo doReload(String id) {
    Installed e = find(id);
    if (e.state == PluginState.DISABLED) {
      throw new PluginException(id, "is disabled; enable it (plugin enable " + id + ") instead of reloading it");
    }
    List<Installed> closure = dependentsFirst(e);
    unloading.unload(closure.stream().filter(x -> x.state == PluginState.ACTIVE).toList());
    loading.load(closure.reversed().stream().filter(x -> x.state != PluginState.DISABLED).toList(), entries, this::section);
    return e.info();
  }

  /** Loads a disabled (or failed, or newly dropped) jar and remembers that it is enabled. */
  public PluginInfo enable(String id) {
    return changing(id, () -> doEnable(id));
  }

  private PluginInfo doEnable(String id) {
    Installed e = find(id);
    pf4j.markDisabled(id, false);
    if (e.state == PluginState.ACTIVE) return e.info();
    e.state = PluginState.FAILED;
    List<Installed> batch = dependentsFirst(e).reversed().stream()
        .filter(x -> x.state != PluginState.ACTIVE && !pf4j.isDisabled(x.id)).toList();
    loading.load(batch, entries, this::section);
    return e.info();
  }

  /** Unloads a jar (and those depending on it) and remembers, across restarts, that it is disabled. */
  public PluginInfo disable(String id) {
    return changing(id, () -> doDisable(id));
  }

  private PluginInfo doDisable(String id) {
    Installed e = find(id);
    List<Installed> closure = dependentsFirst(e);
    unloading.unload(closure.stream().filter(x -> x.state == PluginState.ACTIVE).toList());
    for (Installed x : closure) {
      if (x != e && x.state != PluginState.DISABLED) Loading.fail(x, "needs plugin '" + id + "', which is disabled");
    }
    pf4j.markDisabled(id, true);
    e.state = PluginState.DISABLED;
    e.error = "";
    return e.info();
  }

  /** Copies a jar into the plugin directory (replacing the jar of the same id) and loads it. */
  public PluginInfo install(Path jar) {
    String id = pf4j.describe(jar).getPluginId();
    return changing(id, () -> {
      Installed old = entries.get(id);
      Path target = jar.toAbsolutePath().normalize().startsWith(directory) ? jar : directory.resolve(jar.getFileName());
      try {
        Files.createDirectories(directory);
        if (!target.equals(jar)) Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
        if (old != null && !old.source.equals(target) && old.source.startsWith(directory)) Files.deleteIfExists(old.source);
      } catch (IOException ex) {
        throw new UncheckedIOException("Cannot install " + jar + " into " + directory + ": " + ex.getMessage(), ex);
      }
      return load(id, target);
    });
  }

  /** Loads a jar from where it is (the dev-mode watcher uses this for a build's output), replacing one of the same id. */
  public PluginInfo load(Path jar) {
    String id = pf4j.describe(jar).getPluginId();
    return changing(id, () -> load(id, jar.toAbsolutePath().normalize()));
  }

  private PluginInfo load(String id, Path source) {
    Installed e = entries.computeIfAbsent(id, k -> new Installed(k, source, null));
    pf4j.markDisabled(id, false);
    if (e.state == PluginState.DISABLED) e.state = PluginState.FAILED;
    List<Installed> closure = dependentsFirst(e);
    unloading.unload(closure.stream().filter(x -> x.state == PluginState.ACTIVE).toList());
    e.source = source;
    loading.load(closure.reversed().stream().filter(x -> !pf4j.isDisabled(x.id)).toList(), entries, this::section);
    return e.info();
  }

  /** Unloads a jar (plugins depending on it fail) and deletes it from the plugin directory. */
  public void uninstall(String id) {
    changing(id, () -> {
      Installed e = find(id);
      doDisable(id);
      pf4j.markDisabled(id, false);
      entries.remove(id);
      try {
        if (e.source.startsWith(directory)) Files.deleteIfExists(e.source);
      } catch (IOException ex) {
        throw new UncheckedIOException("Plugin '" + id + "' is unloaded but its jar " + e.source
            + " could not be deleted: " + ex.getMessage(), ex);
      }
      return null;
    });
  }

  /**
   * Validates a new configuration section for plugin {@code name} and re-applies the plugin with it. An invalid
   * section throws a {@link dev.mochi.core.config.ConfigException} naming the key, and the plugin keeps running
   * with its old configuration.
   */
  public PluginInfo configure(String name, ObjectNode section) {
    validate(name, section);
    synchronized (lock) {
      sections.save(name, section);
      return reapply(name);
    }
  }

  /** Binds {@code section} to the record of plugin {@code name} (when it is active) without applying it. */
  void validate(String name, ObjectNode section) {
    synchronized (lock) {
      Installed e = owner(name);
      if (e.state == PluginState.ACTIVE) {
        Plugin<?> plugin = e.applied.stream().map(Installed.Applied::plugin).filter(p -> p.name().equals(name))
            .findFirst().orElseThrow();
        binder.bind(plugin, section);
      }
    }
  }

  /** Reloads the jar that applies plugin {@code name} with its saved section (unless the jar is disabled). */
  PluginInfo reapply(String name) {
    synchronized (lock) {
      Installed e = owner(name);
      return e.state == PluginState.DISABLED ? changing(e.id, e::info) : changing(e.id, () -> doReload(e.id));
    }
  }

  /** Whether a jar known to the host applies a plugin of that name (or has that id). */
  boolean owns(String name) {
    synchronized (lock) {
      return entries.values().stream().anyMatch(e -> e.names.contains(name) || e.id.equals(name));
    }
  }

  /** The plugin object of that name, while its jar is active. */
  Optional<Plugin<?>> plugin(String name) {
    synchronized (lock) {
      return entries.values().stream().flatMap(e -> e.applied.stream()).map(Installed.Applied::plugin)
          .filter(p -> p.name().equals(name)).findFirst();
    }
  }

  /** The JSON schema of plugin {@code name}'s configuration, for the console's form. */
  public ObjectNode schema(String name) {
    synchronized (lock) {
      Installed e = owner(name);
      return e.applied.stream().map(Installed.Applied::plugin).filter(p -> p.name().equals(name)).findFirst()
          .map(binder::schema)
          .orElseThrow(() -> new PluginException(name, "is not active (" + e.state.name().toLowerCase()
              + "); its schema is read from its classes, so enable or fix it first"));
    }
  }

  /** The configuration section plugin {@code name} is applied with. */
  public ObjectNode section(String name) {
    return sections.section(name);
  }

  /**
   * Dev mode: watches a directory (a plugin project's build output, e.g. {@code target/}) and loads every jar
   * written there, replacing the plugin of the same id. Dispose the handle to stop watching.
   */
  public Disposable watch(Path buildOutput) {
    DevWatcher watcher = new DevWatcher(buildOutput, jar -> {
      try {
        PluginInfo info = load(jar);
        LOG.info("Dev mode: {} {} is {}", info.id(), info.version(), info.state().name().toLowerCase());
      } catch (RuntimeException ex) {
        LOG.warn("Dev mode: cannot load {}: {}", jar, ex.getMessage());
      }
    });
    synchronized (lock) {
      watchers.add(watcher);
    }
    return watcher;
  }

  /**
   * Runs a collected-loader check now (after a background check in progress) and returns the id of every plugin
   * found leaking its class loader so far, once per leaked loader.
   */
  public List<String> checkLeaks() throws InterruptedException {
    watch.check();
    return leaks();
  }

  /** Every plugin found leaking its class loader so far (by the background check or {@link #checkLeaks()}). */
  public List<String> leaks() { return watch.leaked().stream().map(LoaderWatch.Unloaded::plugin).toList(); }

  /** The jar {@code id}, its source refreshed from the plugin directory (a newer jar of the same id wins). */
  private Installed find(String id) {
    Optional<Path> newest = JarScan.newest(pf4j, directory, id);
    Installed e = entries.get(id);
    if (e == null) {
      Path jar = newest.orElseThrow(() -> new PluginException(id, "no jar with this plugin id in " + directory
          + "; known plugins: " + (entries.isEmpty() ? "none" : String.join(", ", entries.keySet()))));
      e = new Installed(id, jar, null);
      entries.put(id, e);
    } else if (newest.isPresent() && e.source.startsWith(directory)) {
      e.source = newest.get();
    }
    return e;
  }

  private Installed owner(String name) {
    return entries.values().stream().filter(e -> e.names.contains(name) || e.id.equals(name)).findFirst()
        .orElseThrow(() -> new PluginException(name, "no loaded jar has a plugin of that name"));
  }

  /** {@code e} and every known jar depending on it, transitively, each after all that depend on it. */
  private List<Installed> dependentsFirst(Installed e) {
    List<Installed> out = new ArrayList<>();
    visit(e, out);
    return out;
  }

  private void visit(Installed e, List<Installed> out) {
    if (out.contains(e)) return;
    for (Installed x : List.copyOf(entries.values())) if (x.dependsOn(e.id)) visit(x, out);
    out.add(e);
  }

  /** Unloads every jar (dependents first), stops the watchers and deletes the private jar copies. */
  @Override public void close() {
    synchronized (lock) {
      if (closed) return;
      closed = true;
      watchers.forEach(Disposable::dispose);
      List<Installed> active = new ArrayList<>(entries.values().stream().filter(x -> x.state == PluginState.ACTIVE).toList());
      for (Installed e : active.reversed()) {
        unloading.disposeForks(e);
        unloading.release(e);
      }
      if (command != null) command.dispose();
      watch.close();
      copies.close();
    }
  }
}
