package dev.mochi.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where sqlite-jdbc loads its native library from. On its own the driver copies the library out of its jar into the
 * temporary directory at every start and, when a copy is already there, compares the two byte by byte: about 90 ms
 * of a start's 900 (docs/performance.md). When {@code mochi.native.dir} names a directory ({@code ./mochi} gives its
 * own state directory), the library is copied there once per driver version and platform, and the driver is told to
 * load that copy ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}).
 *
 * <p>An owner's own {@code org.sqlite.lib.path} wins, and anything that goes wrong here (a read-only directory, a
 * platform the jar has no library for) leaves the driver to its own way, with a debug line.
 */
final class SqliteNative {
  static final String DIR_PROPERTY = "mochi.native.dir";
  private static final Logger LOG = LoggerFactory.getLogger(SqliteNative.class);
  private static boolean done;

  private SqliteNative() {}

  /** Points the driver at the kept copy of its library, making the copy first when there is none. Idempotent. */
  static synchronized void prepare() {
    if (done) return;
    done = true;
    String dir = System.getProperty(DIR_PROPERTY);
    if (dir == null || dir.isBlank() || System.getProperty("org.sqlite.lib.path") != null) return;
    try {
      Path kept = keep(Path.of(dir));
      if (kept == null) return;
      System.setProperty("org.sqlite.lib.path", kept.getParent().toString());
      System.setProperty("org.sqlite.lib.name", kept.getFileName().toString());
    } catch (IOException | RuntimeException e) {
      LOG.debug("SQLite's native library is loaded the driver's own way: it cannot be kept in {}", dir, e);
    }
  }

  /**
   * The kept copy of this platform's library in {@code dir}, copied from the driver's jar when missing; null when
   * the jar has none for this platform (the driver then reports that itself). The copy is named by the driver's
   * version and the JVM's {@code os.name} and {@code os.arch}, so that a kept copy is found without the driver's
   * platform detection, which starts a process ({@code uname}) each time it runs.
   */
  static Path keep(Path dir) throws IOException {
    String name = LibraryLoaderUtil.getNativeLibName();
    int dot = name.lastIndexOf('.');
    String platform = (System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9_.-]", "-");
    Path kept = dir.resolve(name.substring(0, dot) + "-" + SQLiteJDBCLoader.getVersion() + "-" + platform + name.substring(dot));
    if (Files.isRegularFile(kept) && Files.size(kept) > 0) return kept;
    URL url = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
    if (url == null) return null;
    Files.createDirectories(dir);
    // Written beside it and moved into place, so a start never loads a half-written library.
    Path part = Files.createTempFile(dir, name, ".part");
    try (InputStream in = url.openStream()) {
      Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      Files.move(part, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
    return kept;
  }
}
