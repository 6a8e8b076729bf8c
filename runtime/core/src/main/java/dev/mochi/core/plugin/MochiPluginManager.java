package dev.mochi.core.plugin;

import dev.mochi.api.PluginException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFinder;
import org.pf4j.IndexedExtensionFinder;
import org.pf4j.JarPluginLoader;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginRepository;
import org.pf4j.PluginWrapper;
import org.pf4j.PropertiesPluginDescriptorFinder;
import org.pf4j.RuntimeMode;
import org.pf4j.processor.ExtensionStorage;
import org.pf4j.util.FileUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PF4J's manager with Mochi's choices: jars only (read from a private copy, see {@link PluginHost}), the
 * {@link IsolatingClassLoader} policy, always deployment mode (Mochi's dev mode is its own watcher), and
 * loading a batch of jars before resolving their dependencies once, so the order of files in the directory
 * does not matter. The disabled list is PF4J's {@code disabled.txt} in the plugin directory.
 *
 * <p>A jar's descriptor is read once for as long as the file stays the same (size, modification time, file key):
 * PF4J opens the jar as a zip file system for each read, and a start used to read each jar three times (the
 * directory scan, the load, and PF4J's own read of the private copy), about 80 ms of a 900 ms start. A jar without a
 * {@code plugin.properties} has its manifest read with {@link JarFile} instead of PF4J's finders, which look for
 * {@code plugin.properties} first through a zip file system made for the purpose (25 ms of a start with nine jars);
 * a jar that has one is read by PF4J as before, so which descriptor wins is unchanged.
 */
final class MochiPluginManager extends DefaultPluginManager {
  private static final Logger LOG = LoggerFactory.getLogger(MochiPluginManager.class);
  /** The last descriptor read from each jar, with the state of the file it was read from. */
  private final Map<Path, Described> described = new ConcurrentHashMap<>();
  /** The descriptor PF4J's next read of this copy gets without reading it, set by {@link #add(Path, Path)}. */
  private volatile Described copyOf;

  private record Described(Path path, Object state, PluginDescriptor descriptor) {}

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

  @Override protected PluginDescriptorFinder createPluginDescriptorFinder() {
    PluginDescriptorFinder finder = super.createPluginDescriptorFinder();
    ManifestOnly manifests = new ManifestOnly();
    return new PluginDescriptorFinder() {
      @Override public boolean isApplicable(Path path) { return finder.isApplicable(path); }

      @Override public PluginDescriptor find(Path path) {
        Described known = copyOf;
        if (known != null && known.path().equals(path)) return known.descriptor();
        PluginDescriptor fromManifest = manifests.withoutProperties(path);
        return fromManifest != null ? fromManifest : finder.find(path);
      }
    };
  }

  @Override protected ExtensionFinder createExtensionFinder() {
    KeptIndexes finder = new KeptIndexes(this);
    addPluginStateListener(finder);
    return finder;
  }

  /**
   * PF4J's finder of {@code META-INF/extensions.idx}, reading each index once. PF4J forgets every index it read
   * whenever any plugin changes state and reads them all again, the class path's too, at the next look-up: loading
   * nine plugins one after another read 9 × 10 indexes (18–24 ms of a start). An index is now kept for as long as
   * its plugin has the same class loader (which reads a private copy of the jar that never changes), and the class
   * path's for good; the loader is held weakly, so a kept index never keeps an unloaded plugin's classes alive.
   */
  private static final class KeptIndexes extends IndexedExtensionFinder {
    private record Kept(WeakReference<ClassLoader> loader, Set<String> classNames) {}

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private volatile Map<String, Set<String>> classpath;

    KeptIndexes(PluginManager manager) { super(manager); }

    @Override public Map<String, Set<String>> readClasspathStorages() {
      Map<String, Set<String>> read = classpath;
      if (read == null) classpath = read = super.readClasspathStorages();
      return read;
    }

    @Override public Map<String, Set<String>> readPluginsStorages() {
      Map<String, Set<String>> out = new LinkedHashMap<>();
      List<PluginWrapper> plugins = pluginManager.getPlugins();
      kept.keySet().retainAll(plugins.stream().map(PluginWrapper::getPluginId).toList());
      for (PluginWrapper plugin : plugins) {
        ClassLoader loader = plugin.getPluginClassLoader();
        Kept k = kept.get(plugin.getPluginId());
        if (k == null || k.loader().get() != loader) {
          Set<String> names = read(plugin.getPluginId(), loader);
          if (names == null) continue;
          k = new Kept(new WeakReference<>(loader), names);
          kept.put(plugin.getPluginId(), k);
        }
        out.put(plugin.getPluginId(), k.classNames());
      }
      return out;
    }

    /** The class names a plugin's index lists (none without an index), or null when it cannot be read. */
    private static Set<String> read(String id, ClassLoader loader) {
      Set<String> names = new HashSet<>();
      try (InputStream in = loader.getResourceAsStream(EXTENSIONS_RESOURCE)) {
        if (in != null) ExtensionStorage.read(new InputStreamReader(in, StandardCharsets.UTF_8), names);
        return Collections.unmodifiableSet(names);
      } catch (IOException e) {
        LOG.error("Cannot read {} of plugin '{}': {}", EXTENSIONS_RESOURCE, id, e.getMessage(), e);
        return null;
      }
    }
  }

  /** The manifest's descriptor of a jar that has no {@code plugin.properties} (which PF4J would read first). */
  private static final class ManifestOnly extends ManifestPluginDescriptorFinder {
    /** The descriptor from the jar's manifest, or null when PF4J's own finders are to read it. */
    PluginDescriptor withoutProperties(Path path) {
      if (!Files.isRegularFile(path) || !FileUtils.isJarFile(path)) return null;
      try (JarFile jar = new JarFile(path.toFile())) {
        Manifest manifest = jar.getManifest();
        if (manifest == null || jar.getEntry(PropertiesPluginDescriptorFinder.DEFAULT_PROPERTIES_FILE_NAME) != null) return null;
        return createPluginDescriptor(manifest);
      } catch (IOException e) {
        return null; // PF4J's finders read it and report what is wrong with it
      }
    }
  }

  /** Reads a jar's descriptor without loading it; the same file again gives the descriptor read before. */
  PluginDescriptor describe(Path jar) {
    Object state = state(jar);
    Described known = described.get(jar);
    if (known != null && state != null && known.state().equals(state)) return known.descriptor();
    PluginDescriptor descriptor = getPluginDescriptorFinder().find(jar);
    validatePluginDescriptor(descriptor);
    if (state != null) {
      // Jars installed from elsewhere (uploads) add paths: the memory is bounded, a miss only costs a read.
      if (described.size() >= 256) described.clear();
      described.put(jar, new Described(jar, state, descriptor));
    }
    return descriptor;
  }

  /** Loads a jar (creates its class loader) without resolving dependencies yet. */
  PluginWrapper add(Path jar) { return loadPluginFromPath(jar); }

  /**
   * Loads {@code copy}, a private copy of {@code source} made after {@link #describe describing} it. When the
   * source is still the file that was described, the copy is of that content and PF4J is given that descriptor
   * instead of reading the copy again.
   */
  PluginWrapper add(Path copy, Path source) {
    Described known = described.get(source);
    Object state = state(source);
    if (known == null || state == null || !known.state().equals(state)) return add(copy);
    copyOf = new Described(copy, state, known.descriptor());
    try {
      return loadPluginFromPath(copy);
    } finally {
      copyOf = null;
    }
  }

  /** What identifies a file's content cheaply: its size, modification time and file key; null when unreadable. */
  private static Object state(Path jar) {
    try {
      BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
      return List.of(a.size(), a.lastModifiedTime(), String.valueOf(a.fileKey()));
    } catch (IOException e) {
      return null;
    }
  }

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
