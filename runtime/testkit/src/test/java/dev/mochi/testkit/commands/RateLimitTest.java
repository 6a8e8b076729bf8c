package dev.mochi.testkit.commands;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Per-command limits: at most maxUsage runs per user and day, at least minInterval between two runs of a user. */
class RateLimitTest {
  private static final Named PLUGIN = new Named("limits", ctx -> {
    ctx.command("daily").maxUsage(2).action((argv, s) -> "collected");
    ctx.command("spin").minInterval(Duration.ofSeconds(2)).action((argv, s) -> "spun");
    ctx.command("free").action((argv, s) -> "free");
    ctx.command("pay <amount:posint>").maxUsage(1).action((argv, s) -> "paid " + argv.arg(0));
  });

  @RegisterExtension final MochiTest mochi = MochiTest.create().plugin(PLUGIN, null);

  @Test void maxUsageAllowsThatManyRunsPerUserAndDayAndSaysSoAfter() {
    MockClient alice = mochi.client("alice");
    alice.send("daily").shouldReply("collected");
    alice.send("daily").shouldReply("collected");
    alice.send("daily").shouldReply("You have used daily 2 times today, as often as it may be used in a day; try again tomorrow.");
    mochi.client("bob").send("daily").shouldReply("collected");
    alice.send("free").shouldReply("free");
  }

  @Test void minIntervalMakesAUserWaitAndThenLetsThemAgain() throws InterruptedException {
    MockClient alice = mochi.client("alice");
    alice.send("spin").shouldReply("spun");
    alice.send("spin").shouldReply("Please wait 2 more seconds before using spin again.");
    mochi.client("bob").send("spin").shouldReply("spun");
    Thread.sleep(2_100);
    alice.send("spin").shouldReply("spun");
  }

  @Test void aRefusedArgumentDoesNotCountAsAUse() {
    MockClient alice = mochi.client("alice");
    alice.send("pay abc").shouldReply(r -> org.assertj.core.api.Assertions.assertThat(r).startsWith("Invalid argument"));
    alice.send("pay 3").shouldReply("paid 3");
    alice.send("pay 4").shouldReply("You have used pay 1 time today, as often as it may be used in a day; try again tomorrow.");
  }

  @Test void theLimitTextsAreInChineseToo() {
    var i18n = mochi.app().i18n();
    org.assertj.core.api.Assertions.assertThat(i18n.render("zh-CN", "commands.too-frequent",
        java.util.Map.of("command", "spin", "seconds", 1))).isEqualTo("请再等 1 秒后再使用 spin。");
    org.assertj.core.api.Assertions.assertThat(i18n.render("en-US", "commands.too-frequent",
        java.util.Map.of("command", "spin", "seconds", 1))).isEqualTo("Please wait 1 more second before using spin again.");
  }
}
