package dev.mochi.core.plugin;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.pf4j.PluginDescriptor;
import org.pf4j.VersionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds plugin jars in a directory by their descriptor's id; of two jars with one id, the higher version wins. */
final class JarScan {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.plugins");

  private JarScan() {}

  /** Plugin id → jar, in file-name order. A jar without a readable descriptor is logged and skipped. */
  static Map<String, Path> scan(MochiPluginManager pf4j, Path directory) { return scan(pf4j, directory, true); }

  private static Map<String, Path> scan(MochiPluginManager pf4j, Path directory, boolean warn) {
    Map<String, Path> jars = new LinkedHashMap<>();
    Map<String, String> versions = new LinkedHashMap<>();
    if (!Files.isDirectory(directory)) return jars;
    VersionManager vm = pf4j.getVersionManager();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.jar")) {
      for (Path jar : sorted(files)) {
        PluginDescriptor d;
        try {
          d = pf4j.describe(jar);
        } catch (RuntimeException e) {
          if (warn) LOG.warn("{} is not a plugin jar and is skipped: {}", jar.getFileName(), e.getMessage());
          continue;
        }
        String id = d.getPluginId();
        String known = versions.get(id);
        if (known != null) {
          boolean newer = vm.compareVersions(d.getVersion(), known) > 0;
          if (warn) LOG.warn("Two jars have plugin id '{}': {} ({}) and {} ({}); using {}; delete the other", id,
              jars.get(id).getFileName(), known, jar.getFileName(), d.getVersion(),
              newer ? jar.getFileName() : jars.get(id).getFileName());
          if (!newer) continue;
        }
        jars.put(id, jar);
        versions.put(id, d.getVersion());
      }
    } catch (IOException e) {
      LOG.error("Cannot list the plugin directory {}: {}", directory, e.getMessage());
    }
    return jars;
  }

  /** The jar of plugin {@code id} in {@code directory}, if any. */
  static Optional<Path> newest(MochiPluginManager pf4j, Path directory, String id) {
    return Optional.ofNullable(scan(pf4j, directory, false).get(id));
  }

  private static Iterable<Path> sorted(DirectoryStream<Path> files) {
    java.util.List<Path> list = new java.util.ArrayList<>();
    files.forEach(list::add);
    list.sort(null);
    return list;
  }
}
