package dev.mochi.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bot's message counter: the last 60 seconds are exact across a minute's boundary; the hour is per minute. */
class CounterTest {
  @Test void theLastMinuteCountsEveryMessageOfTheLastSixtySecondsAcrossACalendarMinute() {
    Counter c = new Counter();
    long t = 10 * 60_000L - 2_000; // two seconds before a minute starts
    for (int i = 0; i < 20; i++) c.record(t + i * 50);
    c.record(t + 3_000); // in the next minute
    assertThat(c.lastMinute(t + 3_000)).isEqualTo(21);
    assertThat(c.thisMinute(t + 3_000)).isEqualTo(1);
    assertThat(c.lastMinute(t + 59_999)).isEqualTo(21);
    assertThat(c.lastMinute(t + 60_000)).isEqualTo(1);
    assertThat(c.lastMinute(t + 63_000)).isZero();
  }

  @Test void theHourKeepsSixtyMinutesAndForgetsOlderOnes() {
    Counter c = new Counter();
    c.record(0);
    c.record(60_000);
    c.record(60_001);
    var traffic = c.snapshot(60_000);
    assertThat(traffic.perMinute()).hasSize(60);
    assertThat(traffic.perMinute().subList(58, 60)).containsExactly(1L, 2L);
    assertThat(c.snapshot(60 * 60_000L).perMinute().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
    assertThat(traffic.total()).isEqualTo(3);
  }
}
