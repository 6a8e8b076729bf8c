package dev.mochi.testkit.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.status.StatusSample;
import dev.mochi.api.status.SystemStatus;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SystemStatus service: the process's figures, sampled on a timer, with what the bot is doing. */
class SystemStatusTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  /** {@code count} writes a user field; {@code hold} waits until the test lets it go. */
  static final class Busy implements Plugin<Void> {
    final CountDownLatch release = new CountDownLatch(1);

    @Override public String name() { return "busy"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.model().extend("user", java.util.Map.of("visits", dev.mochi.api.data.FieldType.integer().withDefault("0")));
      ctx.command("count").userFields("visits").action((argv, s) -> {
        s.user().set("visits", ((Number) s.user().get("visits")).intValue() + 1);
        return "counted";
      });
      ctx.command("hold").action((argv, s) -> release.await(30, TimeUnit.SECONDS) ? "released" : "timed out");
    }
  }

  @Test void samplesShowTheProcessAndWhatTheBotIsDoing() throws Exception {
    Busy busy = new Busy();
    mochi.app().plugin(busy, (Void) null);
    SystemStatus status = mochi.app().root().get(SystemStatus.class).orElseThrow();
    StatusSample first = status.sample();
    assertThat(first.heapUsed()).isPositive();
    assertThat(first.heapMax()).isGreaterThanOrEqualTo(first.heapUsed());
    assertThat(first.uptime()).isPositive();
    if (System.getProperty("os.name").startsWith("Linux")) assertThat(first.rss().orElseThrow()).isGreaterThan(first.heapUsed() / 4);
    assertThat(status.interval()).isEqualTo(Duration.ofSeconds(5));

    var alice = mochi.client("alice");
    for (int i = 0; i < 20; i++) mochi.client("user" + i).send("count").shouldReply("counted");
    var held = alice.send("hold");

    StatusSample during = awaitSample(status, s -> s.time().isAfter(first.time()) && s.sessionsInFlight() == 1);
    assertThat(during.statementsPerSecond()).isPositive();
    assertThat(during.messagesPerMinute()).isGreaterThanOrEqualTo(21);
    assertThat(during.processCpu()).isPresent();
    assertThat(during.processCpu().getAsDouble()).isBetween(0.0, 1.0);
    busy.release.countDown();
    held.shouldReply("released");
    assertThat(status.history()).last().isEqualTo(status.sample());
    assertThat(status.history().size()).isGreaterThanOrEqualTo(2);
  }

  private static StatusSample awaitSample(SystemStatus status, java.util.function.Predicate<StatusSample> wanted)
      throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < end) {
      StatusSample s = status.sample();
      if (wanted.test(s)) return s;
      Thread.sleep(100);
    }
    throw new AssertionError("no such sample in 20 s; last: " + status.sample());
  }
}
