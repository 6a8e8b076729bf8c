package dev.mochi.plugin.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Counts of one read as one, in English and Chinese (ICU plural rules, not "1 coins"). */
class LotteryPluralTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create()
      .pluginConfig("lottery", "cost: 1\ndaily-coins: 1\nmax-items: 2\nprizes: [sword]");

  @Test void oneCoinIsOneCoin() {
    assertThat(mochi.pluginJar(PluginJar.of("lottery", Lottery.class)).active()).isTrue();
    var alice = mochi.client("alice");
    alice.send("daily").shouldReply("You collected 1 coin; you have 1.");
    alice.send("lottery").shouldReply("You got sword! No coins left.");
    alice.send("lottery").shouldReply("That costs 1 coin and you have 0. You collected today's coins already; "
        + "come back tomorrow for more.");
  }

  @Test void chineseHasOneFormForEveryCount() {
    assertThat(mochi.pluginJar(PluginJar.of("lottery", Lottery.class)).active()).isTrue();
    assertThat(mochi.app().i18n().render("zh-CN", "lottery.daily.done", 1, 1)).isEqualTo("你领取了 1 枚金币，现在有 1 枚。");
    assertThat(mochi.app().i18n().render("zh-CN", "lottery.full", 0)).isEqualTo("你的背包已满。");
    assertThat(mochi.app().i18n().render("zh-CN", "lottery.won", "剑", 2)).isEqualTo("你抽到了 剑！还剩 2 枚金币。");
  }
}
