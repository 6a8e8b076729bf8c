package dev.mochi.core.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cronutils.model.Cron;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The times a cron schedule names, read on the wall clock of its zone. */
class CronTimesTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static Instant next(String expression, ZoneId zone, String after) {
    Cron cron = Timers.parseCron(expression);
    return Timers.next(cron, zone, Instant.parse(after)).orElseThrow().toInstant();
  }

  @Test void aDailyScheduleStaysAtNineOClockAcrossTheChangeToSummerTime() {
    assertThat(next("0 9 * * *", BERLIN, "2026-03-28T07:30:00Z")).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
    assertThat(next("0 9 * * *", BERLIN, "2026-03-28T08:00:00Z"))
        .as("the next day is in summer time: 09:00 is 07:00 UTC").isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
  }

  @Test void theNextTimeIsStrictlyAfterTheGivenOneSoATickCannotRunTwice() {
    assertThat(next("*/15 * * * *", ZoneId.of("UTC"), "2026-01-01T10:15:00Z")).isEqualTo(Instant.parse("2026-01-01T10:30:00Z"));
  }

  @Test void weekdaysAndListsAreUnixCron() {
    assertThat(next("0,30 8-18 * * 1-5", ZoneId.of("UTC"), "2026-01-02T18:30:00Z"))
        .as("Friday 18:30 → Monday 08:00").isEqualTo(Instant.parse("2026-01-05T08:00:00Z"));
  }

  @Test void aBadExpressionIsRefusedWithTheExpressionAndTheFormat() {
    assertThatThrownBy(() -> Timers.parseCron("0 9 * *")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'0 9 * *' is not a cron expression of five fields");
    assertThatThrownBy(() -> Timers.parseCron("61 * * * *")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("five fields");
    assertThatThrownBy(() -> Timers.parseCron(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
