package dev.mochi.testkit.commands;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StrictPrefixTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .plugin(new Named("strict", ctx -> ctx.command("cmd2").action((argv, s) -> "ran")), null)
      .configure(b -> b.prefix("!").prefixMode("strict").nickname("mochi"));

  @Test void inStrictModeAPrivateChatNeedsAPrefixOrANickname() {
    MockClient alice = mochi.client("alice");
    alice.send("cmd2").shouldNotReply();
    alice.send("!cmd2").shouldReply("ran");
    alice.send("mochi, cmd2").shouldReply("ran");
  }
}
