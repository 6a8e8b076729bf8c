package dev.mochi.core.plugin;

import dev.mochi.api.PluginException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Private copies of plugin jars, one per load. The class loader reads the copy, so the jar in the plugin
 * directory (or a build's output) can be replaced or deleted at any time, and a new load never sees a cached
 * view of an old file with the same name.
 */
final class JarCopies implements AutoCloseable {
  private final AtomicLong counter = new AtomicLong();
  private Path directory;

  /** Copies {@code jar} for plugin {@code id}. */
  synchronized Path copy(String id, Path jar) {
    try {
      if (directory == null) directory = Files.createTempDirectory("mochi-plugins-");
      Path target = directory.resolve(id + "-" + counter.incrementAndGet() + ".jar");
      Files.copy(jar, target);
      return target;
    } catch (IOException e) {
      throw new PluginException(id, "cannot copy " + jar + " to load it: " + e.getMessage()
          + "; check that the file is readable and the temporary directory writable", e);
    }
  }

  /** Deletes a copy whose class loader is closed; a failure only leaves a file in the temporary directory. */
  void delete(Path copy) {
    try {
      Files.deleteIfExists(copy);
    } catch (IOException e) {
      copy.toFile().deleteOnExit();
    }
  }

  @Override public synchronized void close() {
    if (directory == null) return;
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(this::delete);
    } catch (IOException e) {
      directory.toFile().deleteOnExit();
    }
  }
}
