package dev.mochi.testkit.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocaleTest {
  private static final Named PLUGIN = new Named("zh", ctx -> {
    ctx.command("foo <n:posint>").action((argv, s) -> "foo" + argv.arg(0));
    ctx.command("admin").authority(3).action((argv, s) -> "admin");
    ctx.command("boom").action((argv, s) -> {
      throw new IllegalStateException("boom");
    });
  });

  @RegisterExtension final MochiTest mochi = MochiTest.withPlugin(PLUGIN)
      .configure(b -> b.locale("zh-CN").promptTimeout(Duration.ofMillis(200)));

  @Test void repliesUseKoishisChineseWording() {
    MockClient alice = mochi.client("alice");
    alice.send("admin").shouldReply("权限不足。");
    alice.send("foo x").shouldReply("参数 n 输入无效，请提供一个正整数。");
    alice.send("foo 1 2").shouldReply("存在多余参数，输入“help foo”以查看用法。");
    alice.send("boom").shouldReply("发生未知错误。");
    alice.send("fo 1").shouldReply("您要找的是不是“foo”？回复句号以使用推测的指令。");
    alice.send("。").shouldReply("foo1");
    assertThat(alice.send("foo").replies()).containsExactly("请发送n。", "缺少参数，输入“help foo”以查看用法。");
  }
}
