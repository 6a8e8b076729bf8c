package dev.mochi.plugin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.UserData;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import dev.mochi.testkit.PluginJar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code schedule}: messages sent by wall clock, read in the schedule's time zone, kept in the database across a
 * restart. The bot's clock is a test clock set a few seconds before a due time, so a run takes seconds, not hours.
 */
class ScheduleTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** A wall clock that runs at real speed from the instant it was last set to. */
  static final class TestClock extends Clock {
    /** The instant last set and the nano time it was set at, read and written together. */
    private record Mark(Instant base, long setAt) {}

    private volatile Mark mark = new Mark(Instant.now(), System.nanoTime());

    void set(LocalDateTime local, ZoneId zone) {
      mark = new Mark(local.atZone(zone).toInstant(), System.nanoTime());
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

  static final TestClock clock = new TestClock();

  @RegisterExtension static final MochiTest mochi = MochiTest.create().configure(b -> b.clock(clock));

  private MockClient owner;

  @BeforeEach void loadAdminWithAnOwnerInAGuildChannel() {
    clock.set(LocalDateTime.of(2026, 3, 2, 7, 0), SHANGHAI);
    assertThat(mochi.pluginJar(PluginJar.of("admin", Admin.class)).state()).isEqualTo(PluginState.ACTIVE);
    UserData user = mochi.app().data().user(mochi.platform(), "root", UserData.class);
    user.set("authority", 5);
    user.flush();
    owner = mochi.client("root", "guild-1");
  }

  /** The messages the bot sends into {@code client}'s chat on its own within {@code timeout}, once one came. */
  private static List<String> awaitMessages(MockClient client, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> got = new ArrayList<>();
    while (got.isEmpty() && System.nanoTime() < deadline) {
      got.addAll(client.drain());
      if (got.isEmpty()) Thread.sleep(20);
    }
    Thread.sleep(300);
    got.addAll(client.drain());
    return got;
  }

  @Test void aScheduledMessageComesAtItsTimeInItsZoneAndNotBefore() throws Exception {
    clock.set(LocalDateTime.of(2026, 3, 2, 8, 59, 54), SHANGHAI);
    owner.send("schedule add \"0 9 * * *\" -z Asia/Shanghai Good morning!")
        .shouldReply("Schedule 1 added: \"0 9 * * *\" (Asia/Shanghai) sends the text to this chat.");
    owner.send("schedule list").shouldReply("1 scheduled message:\n1. \"0 9 * * *\" (Asia/Shanghai) to mock #guild-1: Good morning!");
    List<String> got = awaitMessages(owner, Duration.ofSeconds(20));
    Instant arrived = clock.instant();
    assertThat(got).containsExactly("Good morning!");
    assertThat(arrived).as("09:00 in Shanghai is 01:00 UTC").isAfterOrEqualTo(Instant.parse("2026-03-02T01:00:00Z"));
  }

  @Test void schedulesSurviveARestartAndARunMissedWhileDownIsNotCaughtUp() throws Exception {
    owner.send("schedule add \"30 9 * * *\" -z Asia/Shanghai Stand-up").shouldReply(r -> assertThat(r).startsWith("Schedule 1 added"));
    owner.send("schedule add \"0 12 * * *\" Lunch").shouldReply(r -> assertThat(r).contains("(UTC)"));
    owner.send("schedule remove 2").shouldReply("Schedule 2 removed.");
    mochi.restart();
    clock.set(LocalDateTime.of(2026, 3, 4, 9, 29, 52), SHANGHAI);
    assertThat(mochi.plugins().info("admin").orElseThrow().state()).isEqualTo(PluginState.ACTIVE);
    MockClient again = mochi.client("root", "guild-1");
    List<String> got = awaitMessages(again, Duration.ofSeconds(30));
    Instant arrived = clock.instant();
    assertThat(got).as("the 2nd's and 3rd's 09:30 passed while the bot was down; only the 4th's comes")
        .containsExactly("Stand-up");
    assertThat(arrived).as("at 09:30 in Shanghai, not at the start").isAfterOrEqualTo(Instant.parse("2026-03-04T01:30:00Z"));
    again.send("schedule list").shouldReply(r -> assertThat(r).startsWith("1 scheduled message:").doesNotContain("Lunch"));
  }

  @Test void badInputGetsAClearAnswerAndNothingIsStored() {
    owner.send("schedule add \"61 9 * * *\" hi").shouldReply(r -> assertThat(r)
        .startsWith("\"61 9 * * *\" is not a cron expression: give five fields"));
    owner.send("schedule add \"0 9 * *\" hi").shouldReply(r -> assertThat(r).contains("is not a cron expression"));
    owner.send("schedule add \"0 9 * * *\" -z Mars/Olympus hi")
        .shouldReply("Unknown time zone Mars/Olympus: give a region name such as Europe/Berlin, Asia/Shanghai or UTC.");
    owner.send("schedule remove 7").shouldReply("There is no schedule 7.");
    owner.send("schedule list").shouldReply("No messages are scheduled.");
    mochi.client("bob", "guild-1").send("schedule add \"0 9 * * *\" spam").shouldReply("Insufficient authority.");
  }

  @Test void aScheduleAddedInAPrivateChatIsSentThere() throws Exception {
    MockClient direct = mochi.client("root");
    clock.set(LocalDateTime.of(2026, 3, 2, 23, 59, 54), ZoneId.of("UTC"));
    direct.send("schedule add \"0 0 * * *\" Midnight").shouldReply(r -> assertThat(r).startsWith("Schedule 1 added"));
    assertThat(awaitMessages(direct, Duration.ofSeconds(20))).containsExactly("Midnight");
    assertThat(owner.drain()).isEmpty();
  }
}
