package dev.mochi.testkit.commands;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthorityTest {
  private static final Named PLUGIN = new Named("auth", ctx -> {
    ctx.command("promote <level:natural>").authority(0).action((argv, s) -> {
      s.user().set("authority", argv.arg(0, Integer.class));
      return "now " + argv.arg(0);
    });
    ctx.command("plain").action((argv, s) -> "plain ran");
    ctx.command("admin <n:posint>").authority(2).action((argv, s) -> "admin ran");
    ctx.command("admin.purge").action((argv, s) -> "purged");
    ctx.command("admin.peek").authority(1).action((argv, s) -> "peeked");
    ctx.command("post [text:text]").option("pin", "-p", o -> o.authority(3))
        .action((argv, s) -> argv.has("pin") ? "pinned" : "posted");
  });

  @RegisterExtension final MochiTest mochi = MochiTest.withPlugin(PLUGIN);

  @Test void aCommandAboveTheUsersAuthorityIsRefused() {
    MockClient alice = mochi.client("alice");
    alice.send("plain").shouldReply("plain ran");
    alice.send("admin 1").shouldReply("Insufficient authority.");
    alice.send("promote 2").shouldReply("now 2");
    alice.send("admin 1").shouldReply("admin ran");
  }

  @Test void authorityIsCheckedBeforeArgumentErrorsAreReported() {
    MockClient alice = mochi.client("alice");
    alice.send("admin not-a-number").shouldReply("Insufficient authority.");
    alice.send("promote 2").shouldReply("now 2");
    alice.send("admin not-a-number").shouldReply("Invalid argument n: expected a positive integer.");
  }

  @Test void anOptionCanNeedMoreAuthorityThanItsCommand() {
    MockClient alice = mochi.client("alice");
    alice.send("post hi").shouldReply("posted");
    alice.send("post -p hi").shouldReply("Insufficient authority.");
    alice.send("promote 3").shouldReply("now 3");
    alice.send("post -p hi").shouldReply("pinned");
  }

  @Test void aSubcommandInheritsItsParentsAuthorityUnlessItSetsItsOwn() {
    MockClient alice = mochi.client("alice");
    alice.send("admin.purge").shouldReply("Insufficient authority.");
    alice.send("admin.peek").shouldReply("peeked");
    alice.send("promote 2").shouldReply("now 2");
    alice.send("admin.purge").shouldReply("purged");
  }

  @Test void aBlockedUserRunsOnlyAuthorityZeroCommands() {
    MockClient alice = mochi.client("alice");
    alice.send("promote 0").shouldReply("now 0");
    alice.send("plain").shouldReply("Insufficient authority.");
    alice.send("promote 1").shouldReply("now 1");
    alice.send("plain").shouldReply("plain ran");
  }
}
