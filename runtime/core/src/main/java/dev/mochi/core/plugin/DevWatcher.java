package dev.mochi.core.plugin;

import dev.mochi.api.Disposable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Dev mode: watches a build-output directory and hands every plugin jar written there to the host once the file
 * has stopped changing (a build writes a jar in several steps; loading a half-written one would fail). Sources,
 * javadoc, test and shade's {@code original-} jars are ignored.
 *
 * <p>Two things a build does that a plain watch does not survive. {@code mvn clean} deletes the watched directory,
 * which cancels the watch for good: the watcher notices, says so once, waits for the directory to come back and
 * watches it again, picking up the jars already written into it. And a jar can be quiet for a moment while still
 * empty or half written (the archiver opens it, then writes): a jar that does not open as a complete zip is not
 * handed over but checked again a little later, and only one that stays broken for {@link #BROKEN_FOR} is reported.
 */
final class DevWatcher implements Disposable {
  static final Duration QUIET = Duration.ofMillis(300);
  static final Duration BROKEN_FOR = Duration.ofSeconds(10);
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("mochi.plugins");

  private final Path directory;
  private final Consumer<Path> onJar;
  private final WatchService service;
  private final Thread thread;
  private final Map<Path, Long> changed = new HashMap<>();
  private final Map<Path, Long> brokenSince = new HashMap<>();
  private WatchKey watching;

  DevWatcher(Path directory, Consumer<Path> onJar) {
    this.directory = directory.toAbsolutePath().normalize();
    this.onJar = onJar;
    try {
      Files.createDirectories(this.directory);
      this.service = FileSystems.getDefault().newWatchService();
      this.watching = register();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot watch " + directory + " for plugin builds: " + e.getMessage(), e);
    }
    this.thread = Thread.ofPlatform().daemon().name("mochi-dev-watch").start(this::run);
  }

  private WatchKey register() throws IOException {
    return directory.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
  }

  static boolean isPluginJar(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".jar") && !name.startsWith("original-") && !name.endsWith("-sources.jar")
        && !name.endsWith("-javadoc.jar") && !name.endsWith("-tests.jar");
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = service.poll(changed.isEmpty() && watching != null ? 1000 : 50, TimeUnit.MILLISECONDS);
        if (key != null) {
          for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && isPluginJar(name)) changed.put(directory.resolve(name), System.nanoTime());
          }
          if (!key.reset()) watching = null;
        }
        if (watching == null || !watching.isValid()) rewatch();
        long now = System.nanoTime();
        for (var it = changed.entrySet().iterator(); it.hasNext(); ) {
          var e = it.next();
          if (now - e.getValue() < QUIET.toNanos()) continue;
          it.remove();
          Path jar = e.getKey();
          if (!Files.isRegularFile(jar)) continue;
          if (completeZip(jar)) {
            brokenSince.remove(jar);
            onJar.accept(jar);
          } else {
            long since = brokenSince.computeIfAbsent(jar, j -> now);
            if (now - since < BROKEN_FOR.toNanos()) {
              changed.put(jar, now);          // still being written: look again once it is quiet
            } else {
              brokenSince.remove(jar);
              LOG.warn("Dev mode: {} has not been a complete jar for {} s; rebuild it", jar, BROKEN_FOR.toSeconds());
            }
          }
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // disposed
    }
  }

  /**
   * The watched directory went away (mvn clean) or the watch was cancelled: once it exists again, watch it again and
   * take the jars already in it.
   */
  private void rewatch() {
    if (watching != null) watching.cancel();
    if (watching != null || !announcedGone) {
      LOG.info("Dev mode: {} is gone (mvn clean?); loading resumes when a build writes it again", directory);
      announcedGone = true;
    }
    watching = null;
    if (!Files.isDirectory(directory)) return;
    try {
      watching = register();
    } catch (IOException e) {
      return;                                  // removed again at once; the next turn tries again
    }
    announcedGone = false;
    LOG.info("Dev mode: watching {} again", directory);
    try (var jars = Files.list(directory)) {
      long now = System.nanoTime();
      jars.filter(DevWatcher::isPluginJar).forEach(j -> changed.put(j, now));
    } catch (IOException e) {
      // the directory vanished again; the next turn notices
    }
  }

  private boolean announcedGone;

  /** Whether {@code jar} opens as a zip with its central directory, i.e. it has been written to the end. */
  static boolean completeZip(Path jar) {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      return zip.size() > 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Override public void dispose() {
    thread.interrupt();
    try {
      service.close();
    } catch (IOException e) {
      // closing a watch service only releases its handle
    }
  }
}
