package dev.mochi.core.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Disposable;
import dev.mochi.core.App;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cron timer follows the wall clock: set forward past a due time, the run comes; never before; once per time. */
class CronTimerTest {
  /** A wall clock that runs at real speed from the instant it was last set to. */
  static final class TestClock extends Clock {
    /** The instant last set and the nano time it was set at, read and written together. */
    private record Mark(Instant base, long setAt) {}

    private volatile Mark mark;

    TestClock(Instant start) { set(start); }

    void set(Instant instant) {
      mark = new Mark(instant, System.nanoTime());
    }

    @Override public ZoneId getZone() { return ZoneId.of("UTC"); }

    /** The same settable time, seen in {@code zone}. */
    @Override public Clock withZone(ZoneId zone) {
      TestClock time = this;
      return new Clock() {
        @Override public ZoneId getZone() { return zone; }

        @Override public Clock withZone(ZoneId other) { return time.withZone(other); }

        @Override public Instant instant() { return time.instant(); }
      };
    }

    @Override public Instant instant() {
      Mark m = mark;
      return m.base().plusNanos(System.nanoTime() - m.setAt());
    }
  }

  @TempDir Path dir;
  private App app;
  private final TestClock clock = new TestClock(Instant.parse("2026-06-01T06:00:00Z"));
  private final Timers timers = new Timers(clock, Duration.ofMillis(50));

  @BeforeEach void start() {
    app = App.builder().database("jdbc:sqlite:" + dir.resolve("mochi.db")).build().start();
  }

  @AfterEach void stop() {
    timers.close();
    app.close(Duration.ofSeconds(10));
  }

  @Test void aRunHoursAwayComesWhenTheWallClockIsSetJustBeforeItAndOnlyOnce() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch ran = new CountDownLatch(1);
    Disposable timer = timers.cron(app.root(), "0 9 * * *", ZoneId.of("UTC"), () -> {
      runs.incrementAndGet();
      ran.countDown();
    });
    assertThat(ran.await(500, TimeUnit.MILLISECONDS)).as("three hours before 09:00").isFalse();
    clock.set(Instant.parse("2026-06-01T08:59:59.700Z"));
    assertThat(ran.await(20, TimeUnit.SECONDS)).as("the run at 09:00 after the clock was set").isTrue();
    Thread.sleep(500);
    assertThat(runs).as("one run for one time").hasValue(1);
    timer.dispose();
    clock.set(Instant.parse("2026-06-02T08:59:59.900Z"));
    Thread.sleep(600);
    assertThat(runs).as("a disposed timer does not run").hasValue(1);
  }
}
