package dev.mochi.core.scope;

import dev.mochi.api.Disposable;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Timers of one app. One platform thread keeps time; each firing runs on a virtual thread, so a slow task
 * never delays another. A disposed timer never fires again, even if its tick was already due.
 */
public final class Timers implements AutoCloseable {
  private final ScheduledExecutorService clock = clock();
  private final ExecutorService runner = Executors.newVirtualThreadPerTaskExecutor();

  /** Cancelled tasks leave the queue at once, so a disposed plugin's task does not keep its class loader alive. */
  private static ScheduledExecutorService clock() {
    ScheduledThreadPoolExecutor clock = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "mochi-timers");
      t.setDaemon(true);
      return t;
    });
    clock.setRemoveOnCancelPolicy(true);
    return clock;
  }

  Disposable every(Scope scope, Duration period, Runnable task) {
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("Plugin '" + scope.pluginName() + "': every() needs a positive period, got " + period);
    }
    AtomicBoolean cancelled = new AtomicBoolean();
    long nanos = period.toNanos();
    ScheduledFuture<?> f = clock.scheduleAtFixedRate(() -> fire(scope, task, cancelled), nanos, nanos, TimeUnit.NANOSECONDS);
    return scope.track(() -> {
      cancelled.set(true);
      f.cancel(false);
    });
  }

  Disposable after(Scope scope, Duration delay, Runnable task) {
    AtomicBoolean cancelled = new AtomicBoolean();
    ScheduledFuture<?> f = clock.schedule(() -> fire(scope, task, cancelled), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    return scope.track(() -> {
      cancelled.set(true);
      f.cancel(false);
    });
  }

  private void fire(Scope scope, Runnable task, AtomicBoolean cancelled) {
    if (cancelled.get()) return;
    runner.execute(() -> {
      if (cancelled.get()) return;
      try {
        task.run();
      } catch (Throwable t) {
        scope.logger().error("Plugin '{}': timer task failed", scope.pluginName(), t);
      }
    });
  }

  @Override public void close() {
    clock.shutdownNow();
    runner.shutdownNow();
  }
}
