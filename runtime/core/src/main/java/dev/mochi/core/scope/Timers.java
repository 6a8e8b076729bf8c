package dev.mochi.core.scope;

import dev.mochi.api.Disposable;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Timers of one app. One platform thread keeps time; each firing runs on a virtual thread, so a slow task
 * never delays another timer. The ticks of one timer never overlap: each runs under the timer's lock, and a tick
 * that comes while the previous one is still running is skipped. Disposing
 * a timer cancels it and waits for a tick already running (up to {@link #DRAIN}, and not when called from that
 * tick), so once {@code dispose()} returns the task does not run again — what hot reload needs before it lets go
 * of a plugin's classes.
 */
public final class Timers implements AutoCloseable {
  private static final Duration DRAIN = Duration.ofSeconds(5);

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

  /** One scheduled task and the lock its ticks run under. */
  private final class Timer implements Disposable {
    private final PluginScope scope;
    private final Runnable task;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean cancelled;
    private volatile ScheduledFuture<?> future;

    Timer(PluginScope scope, Runnable task) {
      this.scope = scope;
      this.task = task;
    }

    void fire() {
      if (cancelled) return;
      runner.execute(() -> {
        if (!running.tryLock()) return;
        try {
          if (!cancelled) task.run();
        } catch (Throwable t) {
          scope.logger().error("Plugin '{}': timer task failed", scope.pluginName(), t);
        } finally {
          running.unlock();
        }
      });
    }

    @Override public void dispose() {
      cancelled = true;
      ScheduledFuture<?> f = future;
      if (f != null) f.cancel(false);
      if (running.isHeldByCurrentThread()) return;
      try {
        if (running.tryLock(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
          running.unlock();
        } else {
          scope.logger().warn("Plugin '{}': a timer task is still running {} s after its timer was disposed",
              scope.pluginName(), DRAIN.toSeconds());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public Disposable every(PluginScope scope, Duration period, Runnable task) {
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("Plugin '" + scope.pluginName() + "': every() needs a positive period, got " + period);
    }
    Timer timer = new Timer(scope, task);
    long nanos = period.toNanos();
    timer.future = clock.scheduleAtFixedRate(timer::fire, nanos, nanos, TimeUnit.NANOSECONDS);
    return scope.track(timer);
  }

  public Disposable after(PluginScope scope, Duration delay, Runnable task) {
    Timer timer = new Timer(scope, task);
    timer.future = clock.schedule(timer::fire, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    return scope.track(timer);
  }

  @Override public void close() {
    clock.shutdownNow();
    runner.shutdownNow();
  }
}
