package dev.mochi.plugin.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StatusTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create();

  @Test void statusShowsUptimeMemoryAndTheMessagesOfTheLastMinute() {
    assertThat(mochi.pluginJar(PluginJar.of("status", Status.class)).active()).isTrue();
    var alice = mochi.client("alice");
    alice.send("hello").await();
    alice.send("anyone there?").await();

    alice.send("status").shouldReply(r -> {
      assertThat(r.lines().toList()).hasSize(3);
      assertThat(r).containsPattern("^Uptime: (\\d+[dhm] )*\\d+s\n");
      assertThat(r).containsPattern("Memory: \\d+ MB used of \\d+ MB");
      assertThat(r).endsWith("Messages: 3 in the last minute");
    });
  }

  @Test void uptimeLeavesOutLeadingZeroUnits() {
    assertThat(Status.uptime(Duration.ofSeconds(5))).isEqualTo("5s");
    assertThat(Status.uptime(Duration.ofSeconds(3600 + 2))).isEqualTo("1h 0m 2s");
    assertThat(Status.uptime(Duration.ofDays(2).plusMinutes(3))).isEqualTo("2d 0h 3m 0s");
  }

  @Test void messagesOlderThanAMinuteAreNotCounted() {
    MessageRate rate = new MessageRate();
    rate.record(1000);
    rate.record(1030);
    rate.record(1059);
    assertThat(rate.lastMinute(1059)).isEqualTo(3);
    assertThat(rate.lastMinute(1060)).isEqualTo(2);
    rate.record(1120);
    assertThat(rate.lastMinute(1120)).isEqualTo(1);
  }
}
