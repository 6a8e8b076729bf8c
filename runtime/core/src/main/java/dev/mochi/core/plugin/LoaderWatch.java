package dev.mochi.core.plugin;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that the class loaders of unloaded plugins are garbage-collected. After an unload the host keeps only a
 * weak reference to the loader; a check asks for a few collections with short pauses and reports every loader
 * still reachable, once, naming its plugin. A leak is logged, never fatal: the bot keeps running with the old
 * classes pinned in memory. Checks run on one background virtual thread, a moment after the last unload, so a
 * burst of reloads costs one round of collections; {@link #check()} runs one now (after a round in progress).
 */
final class LoaderWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.plugins");
  private static final int ATTEMPTS = 10;
  private static final Duration PAUSE = Duration.ofMillis(40);
  private static final Duration SETTLE = Duration.ofSeconds(1);

  /** One unloaded class loader. */
  record Unloaded(String plugin, String version, WeakReference<ClassLoader> loader) {
    boolean collected() { return loader.get() == null; }
  }

  private final Object checking = new Object();
  private final List<Unloaded> pending = new ArrayList<>();
  private final List<Unloaded> leaked = new ArrayList<>();
  private final boolean automatic;
  private Thread checker;
  private long lastUnload;
  private boolean closed;

  LoaderWatch(boolean automatic) { this.automatic = automatic; }

  /** Starts watching a loader that was just closed; the caller must drop its own strong references. */
  synchronized void watch(String plugin, String version, ClassLoader loader) {
    pending.add(new Unloaded(plugin, version, new WeakReference<>(loader)));
    lastUnload = System.nanoTime();
    if (automatic && !closed && (checker == null || !checker.isAlive())) {
      checker = Thread.ofVirtual().name("mochi-loader-watch").start(this::checkWhenSettled);
    }
  }

  private void checkWhenSettled() {
    try {
      while (true) {
        long wait;
        synchronized (this) {
          if (closed || pending.isEmpty()) return;
          wait = lastUnload + SETTLE.toNanos() - System.nanoTime();
        }
        if (wait <= 0) {
          check();
        } else {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Collects garbage until every watched loader is gone or the attempts run out; returns (and logs) the leaks. */
  List<Unloaded> check() throws InterruptedException {
    synchronized (checking) {
      return checkRound();
    }
  }

  private List<Unloaded> checkRound() throws InterruptedException {
    List<Unloaded> round;
    synchronized (this) {
      round = new ArrayList<>(pending);
      pending.clear();
    }
    for (int i = 0; i < ATTEMPTS && !round.stream().allMatch(Unloaded::collected); i++) {
      System.gc();
      Thread.sleep(PAUSE.toMillis());
    }
    List<Unloaded> stuck = round.stream().filter(u -> !u.collected()).toList();
    for (Unloaded u : stuck) {
      LOG.warn("Plugin '{}' leaked its class loader (version {}): something still references its classes after "
          + "unload, e.g. a static cache in a shared library, a thread it started, or an object it handed to "
          + "another plugin. The bot keeps running; restart it to free that memory.", u.plugin(), u.version());
    }
    synchronized (this) {
      leaked.addAll(stuck);
    }
    return stuck;
  }

  /** Loaders found leaked so far. */
  synchronized List<Unloaded> leaked() { return List.copyOf(leaked); }

  /** Loaders unloaded but not checked yet. */
  synchronized List<Unloaded> pending() { return List.copyOf(pending); }

  @Override public synchronized void close() {
    closed = true;
    if (checker != null) checker.interrupt();
  }
}
