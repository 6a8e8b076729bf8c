package dev.mochi.core.context;

import dev.mochi.api.Disposable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * The disposers of one scope. Disposing runs every registered disposer exactly once, newest first, even when
 * some throw; each failure goes to {@code onFailure}. A disposer registered after the scope was disposed
 * runs at once.
 */
final class Disposers {
  private final LinkedHashSet<Entry> entries = new LinkedHashSet<>();
  private final AtomicBoolean disposed = new AtomicBoolean();
  private final BiConsumer<String, Throwable> onFailure;

  /** One registration; {@link #dispose()} runs it once and unregisters it. */
  final class Entry implements Disposable {
    private final Disposable target;
    private final AtomicBoolean done = new AtomicBoolean();

    Entry(Disposable target) { this.target = target; }

    @Override public void dispose() {
      synchronized (Disposers.this) {
        entries.remove(this);
      }
      run();
    }

    void run() {
      if (!done.compareAndSet(false, true)) return;
      try {
        target.dispose();
      } catch (Throwable t) {
        onFailure.accept("a disposer failed", t);
      }
    }
  }

  Disposers(BiConsumer<String, Throwable> onFailure) { this.onFailure = onFailure; }

  Disposable add(Disposable target) {
    Entry entry = new Entry(target);
    synchronized (this) {
      if (!disposed.get()) {
        entries.add(entry);
        return entry;
      }
    }
    entry.run();
    return entry;
  }

  boolean disposed() { return disposed.get(); }

  /** Runs every disposer once, newest first. Returns false when already disposed. */
  boolean disposeAll() {
    List<Entry> snapshot;
    synchronized (this) {
      if (!disposed.compareAndSet(false, true)) return false;
      snapshot = new ArrayList<>(entries);
      entries.clear();
    }
    for (int i = snapshot.size() - 1; i >= 0; i--) snapshot.get(i).run();
    return true;
  }
}
