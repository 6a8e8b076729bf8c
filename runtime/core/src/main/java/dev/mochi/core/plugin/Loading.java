package dev.mochi.core.plugin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.api.Fork;
import dev.mochi.api.MochiException;
import dev.mochi.api.Plugin;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load path for a batch of jars: read every descriptor, check requirements and dependencies against what is
 * active plus the batch (so a missing dependency is reported with its id and version range), load the jars that
 * pass, let PF4J resolve them in dependency order, then start each, instantiate its {@code @Extension}
 * {@link Plugin}s and apply them with their bound configuration. Any failure marks that jar failed, with a
 * message an operator can act on, and unloads it; the rest of the batch goes on.
 */
final class Loading {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.plugins");

  private final PluginHost.Parts parts;
  private final MochiPluginManager pf4j;
  private final JarCopies copies;
  private final ConfigBinder binder;
  private final Unloading unloading;
  private final Requirements requirements;

  Loading(PluginHost.Parts parts, MochiPluginManager pf4j, JarCopies copies, ConfigBinder binder, Unloading unloading) {
    this.parts = parts;
    this.pf4j = pf4j;
    this.copies = copies;
    this.binder = binder;
    this.unloading = unloading;
    this.requirements = new Requirements(pf4j.getVersionManager(), pf4j.getSystemVersion());
  }

  /** Loads {@code batch}; {@code all} is every known jar, {@code sections} gives a plugin's config section. */
  void load(List<Installed> batch, Map<String, Installed> all, Function<String, ObjectNode> sections) {
    Map<String, PluginDescriptor> candidates = new LinkedHashMap<>();
    for (Installed e : batch) {
      try {
        e.descriptor = pf4j.describe(e.source);
        if (!e.descriptor.getPluginId().equals(e.id)) {
          fail(e, "the jar " + e.source.getFileName() + " now has the id '" + e.descriptor.getPluginId()
              + "'; install it under that id");
          continue;
        }
        candidates.put(e.id, e.descriptor);
      } catch (RuntimeException ex) {
        fail(e, "cannot read the plugin descriptor of " + e.source + ": " + ex.getMessage());
      }
    }
    Map<String, String> available = new HashMap<>();
    for (Installed e : all.values()) if (e.state == PluginState.ACTIVE) available.put(e.id, e.version());
    candidates.forEach((id, d) -> available.put(id, d.getVersion()));
    requirements.problems(candidates, available).forEach((id, problem) -> {
      candidates.remove(id);
      fail(all.get(id), problem);
    });
    List<Installed> added = new ArrayList<>();
    for (String id : candidates.keySet()) {
      Installed e = all.get(id);
      try {
        e.copy = copies.copy(id, e.source);
        pf4j.add(e.copy, e.source);
        added.add(e);
      } catch (RuntimeException ex) {
        unloading.release(e);
        fail(e, "cannot load " + e.source.getFileName() + ": " + ex.getMessage());
      }
    }
    try {
      pf4j.resolve();
    } catch (PluginRuntimeException ex) {
      for (Installed e : added) {
        unloading.release(e);
        fail(e, "its dependencies cannot be resolved: " + ex.getMessage());
      }
      return;
    }
    for (PluginWrapper w : List.copyOf(pf4j.getResolvedPlugins())) {
      Installed e = all.get(w.getPluginId());
      if (e != null && added.contains(e)) start(e, all, sections);
    }
  }

  private void start(Installed e, Map<String, Installed> all, Function<String, ObjectNode> sections) {
    for (String dep : e.dependencyIds()) {
      Installed d = all.get(dep);
      boolean optional = e.descriptor.getDependencies().stream().anyMatch(x -> x.getPluginId().equals(dep) && x.isOptional());
      if (!optional && (d == null || d.state != PluginState.ACTIVE)) {
        unloading.release(e);
        fail(e, "needs plugin '" + dep + "', which is not active" + (d == null ? "" : " (" + d.state.name().toLowerCase() + ")"));
        return;
      }
    }
    e.names.clear();
    try {
      if (pf4j.startPlugin(e.id) != org.pf4j.PluginState.STARTED) {
        Throwable why = pf4j.getPlugin(e.id).getFailedException();
        throw new MochiException("PF4J could not start it" + (why == null ? "" : ": " + why.getMessage()));
      }
      @SuppressWarnings({"rawtypes", "unchecked"})
      List<Class<? extends Plugin>> classes = (List) pf4j.getExtensionClasses(Plugin.class, e.id);
      if (classes.isEmpty()) {
        throw new MochiException("the jar has no class implementing dev.mochi.api.Plugin annotated @org.pf4j.Extension "
            + "(META-INF/extensions.idx lists them; PF4J's ExtensionAnnotationProcessor writes it at compile time)");
      }
      for (Class<? extends Plugin> type : classes) {
        Plugin<?> plugin = instantiate(type);
        e.names.add(plugin.name());
        e.applied.add(new Installed.Applied(plugin, apply(plugin, sections.apply(plugin.name()))));
      }
      e.state = PluginState.ACTIVE;
      e.error = "";
      LOG.info("Plugin '{}' {} loaded: {}", e.id, e.version(), String.join(", ", e.names));
    } catch (RuntimeException | LinkageError ex) {
      unloading.disposeForks(e);
      unloading.release(e);
      fail(e, ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage(), ex);
    }
  }

  private <C> Fork apply(Plugin<C> plugin, ObjectNode section) {
    C config = binder.bind(plugin, section);
    return parts.root().plugin(plugin, config);
  }

  private static Plugin<?> instantiate(Class<? extends Plugin> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (InvocationTargetException ex) {
      throw new MochiException("the constructor of " + type.getName() + " failed: " + ex.getCause(), ex.getCause());
    } catch (ReflectiveOperationException ex) {
      throw new MochiException(type.getName() + " needs a public no-argument constructor to be loaded: " + ex, ex);
    }
  }

  static void fail(Installed e, String message) { fail(e, message, null); }

  /** Marks a jar failed; the stack goes to the log once, the entry keeps only the message. */
  static void fail(Installed e, String message, Throwable cause) {
    e.state = PluginState.FAILED;
    e.error = PluginCommands.reason(e.id, message);
    if (cause == null) LOG.error("Plugin '{}' failed: {}", e.id, e.error);
    else LOG.error("Plugin '{}' failed: {}", e.id, e.error, cause);
  }
}
