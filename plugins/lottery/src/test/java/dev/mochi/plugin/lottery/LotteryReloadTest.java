package dev.mochi.plugin.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.plugin.PluginHost;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LotteryReloadTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create();

  @Test void reloadingKeepsTheDataAndLeavesNoClassLoaderBehind() throws Exception {
    mochi.pluginJar(PluginJar.of("lottery", Lottery.class));
    var alice = mochi.client("alice");
    alice.send("daily").shouldReply("You collected 10 coins; you have 10.");
    PluginHost host = mochi.plugins();
    for (int i = 0; i < 5; i++) {
      assertThat(host.reload("lottery").active()).isTrue();
      alice.send("bag").shouldReply("Coins: 10. Your bag is empty.");
    }
    assertThat(host.checkLeaks()).isEmpty();
  }
}
