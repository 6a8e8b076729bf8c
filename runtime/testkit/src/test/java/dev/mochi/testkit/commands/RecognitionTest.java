package dev.mochi.testkit.commands;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecognitionTest {
  private static final Named PLUGIN = new Named("rec", ctx -> {
    ctx.command("cmd2 [foo]").action((argv, s) -> "cmd2:" + argv.arg(0, String.class, "none"));
    ctx.command("hello").alias("hi").shortcut("good morning", c -> {}).action((argv, s) -> "hello!");
    ctx.command("greet <name>").shortcut("hey", c -> c.fuzzy(true)).shortcut("yo", c -> c.prefix(true).args(List.of("Yo")))
        .action((argv, s) -> "greet " + argv.arg(0));
  });

  @RegisterExtension final MochiTest mochi = MochiTest.create().plugin(PLUGIN, null)
      .configure(b -> b.prefix("!", ".").nickname("mochi"));

  @Test void inAGuildACommandNeedsAPrefix() {
    MockClient bob = mochi.client("bob", "guild-1");
    bob.send("cmd2").shouldNotReply();
    bob.send("!cmd2").shouldReply("cmd2:none");
    bob.send(".cmd2 x").shouldReply("cmd2:x");
  }

  @Test void inAPrivateChatNoPrefixIsNeeded() {
    MockClient alice = mochi.client("alice");
    alice.send("cmd2").shouldReply("cmd2:none");
    alice.send("!cmd2 y").shouldReply("cmd2:y");
  }

  @Test void aNicknameOrAMentionOfTheBotAddressesItWithoutPrefix() {
    MockClient bob = mochi.client("bob", "guild-1");
    bob.send("mochi, cmd2 a").shouldReply("cmd2:a");
    bob.send("@mochi cmd2 b").shouldReply("cmd2:b");
    bob.send("Mochi cmd2 c").shouldReply("cmd2:c");
    bob.send("<at id=\"" + mochi.selfId() + "\"/> cmd2 d").shouldReply("cmd2:d");
    bob.send("<at id=\"someone-else\"/> !cmd2 e").shouldNotReply();
    bob.send("mochicmd2").shouldNotReply();
  }

  @Test void mentionsAfterTheBotsOwnBeforeTheCommandAreSkipped() {
    MockClient bob = mochi.client("bob", "guild-1");
    String self = "<at id=\"" + mochi.selfId() + "\"/>";
    bob.send(self + " <at id=\"carol\"/> cmd2 f").shouldReply("cmd2:f");
    bob.send("<quote id=\"9\"/>" + self + " <at id=\"carol\"/> <at id=\"dave\"/> !cmd2 g").shouldReply("cmd2:g");
    bob.send("<at id=\"carol\"/> " + self + " cmd2 h").shouldNotReply();
  }

  @Test void aliasesAndShortcutsRunTheirCommand() {
    MockClient bob = mochi.client("bob", "guild-1");
    bob.send("!hi").shouldReply("hello!");
    bob.send("good morning").shouldReply("hello!");
    bob.send("hey Ann").shouldReply("greet Ann");
    bob.send("heyAnn").shouldNotReply();
    bob.send("yo").shouldNotReply();
    bob.send("!yo").shouldReply("greet Yo");
  }

  @Test void derivedSubcommandsAreReachedWordByWord() {
    mochi.app().root().command("tool.list", "").action((argv, s) -> "listing");
    MockClient alice = mochi.client("alice");
    alice.send("tool.list").shouldReply("listing");
    alice.send("tool list").shouldReply("listing");
    alice.send("TOOL LIST").shouldReply("listing");
  }
}
