package dev.mochi.core.scope;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.mochi.api.Disposable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
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
 *
 * <p>Cron timers ({@link #cron}) read the wall clock given to the constructor: each run is armed for the next time the
 * expression names after the previous one (or after now, when that is later), so a tick that wakes a little early
 * cannot run twice, and a time missed while the bot was down is not caught up. A cron timer sleeps at most a minute
 * before it reads the wall clock again, so a clock that is set or a machine that slept is followed within a minute.
 */
public final class Timers implements AutoCloseable {
  private static final Duration DRAIN = Duration.ofSeconds(5);
  private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  /** How long a cron timer sleeps at most before it reads the wall clock again. */
  static final Duration RECHECK = Duration.ofMinutes(1);

  private final Clock wallClock;
  private final Duration recheck;

  /** Timers on the system clock. */
  public Timers() { this(Clock.systemUTC()); }

  /** Timers whose cron schedules read {@code wallClock} (tests give one set just before a due time). */
  public Timers(Clock wallClock) { this(wallClock, RECHECK); }

  Timers(Clock wallClock, Duration recheck) {
    this.wallClock = wallClock;
    this.recheck = recheck;
  }

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
  private class Timer implements Disposable {
    private final PluginScope scope;
    private final Runnable task;
    private final ReentrantLock running = new ReentrantLock();
    volatile boolean cancelled;
    volatile ScheduledFuture<?> future;

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

  /**
   * Parses a five-field Unix cron expression (minute, hour, day of month, month, day of week).
   *
   * @throws IllegalArgumentException naming the expression and what is wrong with it
   */
  public static Cron parseCron(String expression) {
    if (expression == null || expression.isBlank()) throw new IllegalArgumentException("empty cron expression");
    try {
      return CRON.parse(expression.strip()).validate();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + expression.strip() + "' is not a cron expression of five fields "
          + "(minute hour day-of-month month day-of-week, e.g. '0 9 * * *'): " + e.getMessage(), e);
    }
  }

  /** The first time after {@code after} that {@code cron} names, read in {@code zone}; empty when there is none. */
  public static Optional<ZonedDateTime> next(Cron cron, ZoneId zone, Instant after) {
    return ExecutionTime.forCron(cron).nextExecution(after.atZone(zone));
  }

  public Disposable cron(PluginScope scope, String expression, ZoneId zone, Runnable task) {
    Cron cron = parseCron(expression);
    CronTimer timer = new CronTimer(scope, task, cron, zone);
    timer.arm(wallClock.instant());
    return scope.track(timer);
  }

  /** A timer re-armed after each tick for the next time its expression names. */
  private final class CronTimer extends Timer {
    private final Cron cron;
    private final ZoneId zone;

    CronTimer(PluginScope scope, Runnable task, Cron cron, ZoneId zone) {
      super(scope, task);
      this.cron = cron;
      this.zone = zone;
    }

    void arm(Instant after) {
      if (cancelled) return;
      Optional<ZonedDateTime> due = next(cron, zone, after);
      if (due.isPresent()) await(due.get().toInstant());
    }

    /**
     * Sleeps towards {@code due} at most {@code recheck} at a time and reads the wall clock again on waking, so a
     * clock set forward or back, or a machine that slept, moves the run to when the wall clock says.
     */
    private void await(Instant due) {
      if (cancelled) return;
      Duration left = Duration.between(wallClock.instant(), due);
      if (left.isNegative() || left.isZero()) {
        fire();
        Instant now = wallClock.instant();
        arm(now.isAfter(due) ? now : due);
        return;
      }
      long nanos = Math.min(left.toNanos(), recheck.toNanos());
      future = clock.schedule(() -> await(due), nanos, TimeUnit.NANOSECONDS);
      if (cancelled) future.cancel(false);
    }
  }

  @Override public void close() {
    clock.shutdownNow();
    runner.shutdownNow();
  }
}
