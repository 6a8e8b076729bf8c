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
 */
final class DevWatcher implements Disposable {
  static final Duration QUIET = Duration.ofMillis(300);

  private final Path directory;
  private final Consumer<Path> onJar;
  private final WatchService service;
  private final Thread thread;
  private final Map<Path, Long> changed = new HashMap<>();

  DevWatcher(Path directory, Consumer<Path> onJar) {
    this.directory = directory.toAbsolutePath().normalize();
    this.onJar = onJar;
    try {
      Files.createDirectories(this.directory);
      this.service = FileSystems.getDefault().newWatchService();
      this.directory.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot watch " + directory + " for plugin builds: " + e.getMessage(), e);
    }
    this.thread = Thread.ofPlatform().daemon().name("mochi-dev-watch").start(this::run);
  }

  static boolean isPluginJar(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".jar") && !name.startsWith("original-") && !name.endsWith("-sources.jar")
        && !name.endsWith("-javadoc.jar") && !name.endsWith("-tests.jar");
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = service.poll(changed.isEmpty() ? 1000 : 50, TimeUnit.MILLISECONDS);
        if (key != null) {
          for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && isPluginJar(name)) changed.put(directory.resolve(name), System.nanoTime());
          }
          key.reset();
        }
        long now = System.nanoTime();
        for (var it = changed.entrySet().iterator(); it.hasNext(); ) {
          var e = it.next();
          if (now - e.getValue() >= QUIET.toNanos()) {
            it.remove();
            if (Files.isRegularFile(e.getKey())) onJar.accept(e.getKey());
          }
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // disposed
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
