package dev.mochi.core.data;

import dev.mochi.api.Disposable;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers {@link RowChange}s to listeners on one thread of its own, in the order they were committed, so a
 * writer (the flusher above all) never waits for a listener. With no listener nothing is queued.
 */
final class Changes implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Changes.class);
  private static final RowChange STOP = new RowChange(RowChange.Kind.UPDATED, "", java.util.Map.of(), java.util.Set.of(), java.util.Map.of());

  private final List<Consumer<RowChange>> listeners = new CopyOnWriteArrayList<>();
  private final BlockingQueue<RowChange> queue = new LinkedBlockingQueue<>();
  private Thread thread;

  /** Whether anyone listens; writers skip building changes when not. */
  boolean active() {
    return !listeners.isEmpty();
  }

  void emit(RowChange change) {
    if (active()) queue.add(change);
  }

  void emitAll(List<RowChange> changes) {
    if (active()) queue.addAll(changes);
  }

  synchronized Disposable listen(Consumer<RowChange> listener) {
    listeners.add(listener);
    if (thread == null) {
      thread = Thread.ofPlatform().daemon().name("mochi-changes").start(this::run);
    }
    return () -> listeners.remove(listener);
  }

  private void run() {
    while (true) {
      RowChange c;
      try {
        c = queue.poll(100, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        return;
      }
      if (c == null) continue;
      if (c == STOP) return;
      for (Consumer<RowChange> l : listeners) {
        try {
          l.accept(c);
        } catch (RuntimeException e) {
          LOG.error("A listener of changes to table '{}' failed", c.table(), e);
        }
      }
    }
  }

  /** Delivers what is queued, then stops. */
  @Override public void close() {
    Thread t;
    synchronized (this) {
      t = thread;
    }
    if (t == null) return;
    queue.add(STOP);
    try {
      t.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
