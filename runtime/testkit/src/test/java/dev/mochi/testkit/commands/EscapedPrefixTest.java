package dev.mochi.testkit.commands;

import dev.mochi.api.message.Message;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Prefixes made of characters the text form escapes match what users type, in every form an adapter may deliver. */
class EscapedPrefixTest {
  private static final Named PLUGIN = new Named("rec", ctx ->
      ctx.command("cmd [x:text]").action((argv, s) -> "cmd:" + argv.arg(0)));

  @RegisterExtension final MochiTest mochi = MochiTest.create().plugin(PLUGIN, null)
      .configure(b -> b.prefix(">", "&", "<<"));

  @Test void prefixesOfEscapedCharactersMatch() {
    MockClient bob = mochi.client("bob", "guild-1");
    bob.send(Message.text(">cmd a")).shouldReply("cmd:a");
    bob.send(Message.text("&cmd b")).shouldReply("cmd:b");
    bob.send(Message.text("<<cmd c")).shouldReply("cmd:c");
    bob.send(">cmd d").shouldReply("cmd:d");
    bob.send("&gt;cmd e").shouldReply("cmd:e");
    bob.send(Message.text("&gt;cmd f")).shouldNotReply();
    bob.send("cmd g").shouldNotReply();
  }

  @Test void whatFollowsThePrefixKeepsItsTextForm() {
    mochi.client("bob", "guild-1").send(Message.text(">cmd a < b & c")).shouldReply(Message.text("cmd:a < b & c").toString());
  }
}
