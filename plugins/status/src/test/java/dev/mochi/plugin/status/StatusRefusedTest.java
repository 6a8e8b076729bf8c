package dev.mochi.plugin.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.status.SystemStatus;
import dev.mochi.testkit.Exchange;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code status} adds a line on the messages refused at the intake bounds once there are any. */
class StatusRefusedTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create().configure(b -> b.intakeBounds(10, 1));

  @Test void statusCountsTheRefusedMessagesByBoundOnceThereAreAny() throws Exception {
    assertThat(mochi.pluginJar(PluginJar.of("status", Status.class)).active()).isTrue();
    CountDownLatch release = new CountDownLatch(1);
    mochi.app().root().command("hold").action((argv, s) -> release.await(20, TimeUnit.SECONDS) ? "released" : "timed out");

    Exchange running = mochi.client("alice").send("hold");
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (mochi.app().dispatcher().runningCount() == 0 && System.nanoTime() < end) Thread.sleep(5);
    Exchange waiting = mochi.client("alice").send("hold");
    assertThat(mochi.client("alice").send("hold").done()).as("one message of alice may wait, not two")
        .failsWithin(Duration.ofSeconds(5));

    SystemStatus status = mochi.app().root().get(SystemStatus.class).orElseThrow();
    end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (status.sample().refused().total() == 0 && System.nanoTime() < end) Thread.sleep(100);
    mochi.client("bob").send("status").shouldReply(r -> {
      assertThat(r.lines().toList()).hasSize(4);
      assertThat(r).endsWith("Refused: 1 since start, the bot could not keep up (1 at dispatcher.max-pending-per-user, "
          + "0 at dispatcher.max-pending; raise them in bot.yml)");
    });
    assertThat(mochi.app().i18n().render("zh-CN", "status.refused", 3, 2, 1)).isEqualTo("被拒绝：启动以来 3 条消息，"
        + "机器人处理不过来（2 条超出 dispatcher.max-pending-per-user，1 条超出 dispatcher.max-pending；可在 bot.yml 中调高）");

    release.countDown();
    running.shouldReply("released");
    waiting.shouldReply("released");
  }
}
