package dev.mochi.core.plugin;

import dev.mochi.api.PluginException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;

/**
 * PF4J's manager with Mochi's choices: jars only (read from a private copy, see {@link PluginHost}), the
 * {@link IsolatingClassLoader} policy, always deployment mode (Mochi's dev mode is its own watcher), and
 * loading a batch of jars before resolving their dependencies once, so the order of files in the directory
 * does not matter. The disabled list is PF4J's {@code disabled.txt} in the plugin directory.
 */
final class MochiPluginManager extends DefaultPluginManager {

  MochiPluginManager(Path directory, String systemVersion) {
    super(directory);
    setSystemVersion(systemVersion);
  }

  @Override public RuntimeMode getRuntimeMode() { return RuntimeMode.DEPLOYMENT; }

  @Override protected PluginLoader createPluginLoader() {
    return new JarPluginLoader(this) {
      @Override protected PluginClassLoader createPluginClassLoader(Path path, PluginDescriptor descriptor) {
        return new IsolatingClassLoader(pluginManager, descriptor, MochiPluginManager.class.getClassLoader());
      }
    };
  }

  @Override protected PluginRepository createPluginRepository() {
    return new PluginRepository() {
      @Override public List<Path> getPluginPaths() { return List.of(); }

      @Override public boolean deletePluginPath(Path pluginPath) { return false; }
    };
  }

  /** Reads a jar's descriptor without loading it. */
  PluginDescriptor describe(Path jar) {
    PluginDescriptor descriptor = getPluginDescriptorFinder().find(jar);
    validatePluginDescriptor(descriptor);
    return descriptor;
  }

  /** Loads a jar (creates its class loader) without resolving dependencies yet. */
  PluginWrapper add(Path jar) { return loadPluginFromPath(jar); }

  /** Resolves the loaded jars' dependencies: those resolved can start. */
  void resolve() { resolvePlugins(); }

  /** Unloads one plugin (not its dependents) and closes its class loader. */
  boolean remove(String id) { return unloadPlugin(id, false); }

  /** Ids of the loaded plugins that depend on {@code id}, directly or not. */
  List<String> dependentsOf(String id) { return dependencyResolver.getDependents(id); }

  boolean isDisabled(String id) { return pluginStatusProvider.isPluginDisabled(id); }

  void markDisabled(String id, boolean disabled) {
    try {
      Files.createDirectories(getPluginsRoot());
    } catch (IOException e) {
      throw new PluginException(id, "cannot remember that it is " + (disabled ? "disabled" : "enabled") + ": the plugin "
          + "directory " + getPluginsRoot() + " cannot be created (" + e.getMessage() + ")", e);
    }
    if (disabled) pluginStatusProvider.disablePlugin(id);
    else pluginStatusProvider.enablePlugin(id);
  }
}
