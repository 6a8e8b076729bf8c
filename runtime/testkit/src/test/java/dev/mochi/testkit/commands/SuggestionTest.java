package dev.mochi.testkit.commands;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SuggestionTest {
  private static final Named PLUGIN = new Named("sug", ctx -> {
    ctx.command("foo <text>").action((argv, s) -> "foo" + argv.arg(0));
    ctx.command("fooo").alias("bool").option("text", "-t <bar>").action((argv, s) -> "fooo" + argv.option("text", String.class));
    ctx.command("echo <text>").action((argv, s) -> "echo:" + argv.arg(0));
    ctx.command("help").action((argv, s) -> "help");
    ctx.command("secret").authority(4).action((argv, s) -> "secret");
  });

  @RegisterExtension final MochiTest mochi = MochiTest.create().plugin(PLUGIN, null).configure(b -> b.prefix("/"));

  @Test void twoSwappedNeighbouringLettersAreOneTypoAndGetASuggestion() {
    MockClient alice = mochi.client("alice");
    alice.send("ehco hi").shouldReply("Did you mean \"echo\"? Reply with a period to run it.");
    alice.send(".").shouldReply("echo:hi");
    alice.send("hlep").shouldReply("Did you mean \"help\"? Reply with a period to run it.");
  }

  @Test void aTypoGetsASuggestionThatAPeriodRuns() {
    MockClient alice = mochi.client("alice");
    alice.send("fo bar").shouldReply("Did you mean \"foo\"? Reply with a period to run it.");
    alice.send(".").shouldReply("foobar");
    alice.send(".").shouldNotReply();
  }

  @Test void suggestionsArePerUserAndChannel() {
    MockClient alice = mochi.client("alice");
    MockClient bob = mochi.client("bob", "room");
    bob.send("/foooo -t bar").shouldReply("Did you mean \"fooo\"? Reply with a period to run it.");
    alice.send("foo bar").shouldReply("foobar");
    bob.send(".").shouldReply("fooobar");
  }

  @Test void anyOtherMessageCancelsTheSuggestion() {
    MockClient alice = mochi.client("alice");
    alice.send("fo bar").shouldReply("Did you mean \"foo\"? Reply with a period to run it.");
    alice.send("bar foo").shouldNotReply();
    alice.send(".").shouldNotReply();
  }

  @Test void severalCandidatesAreListedWithoutThePeriodHint() {
    MockClient alice = mochi.client("alice");
    alice.send("fool bar").shouldReply("Did you mean \"foo\" or \"fooo\" or \"bool\"?");
    alice.send(".").shouldNotReply();
  }

  @Test void commandsTheUserMayNotRunAreNeverSuggested() {
    mochi.client("alice").send("secrt").shouldNotReply();
  }

  @Test void inAGuildOnlyAPrefixedTypoGetsASuggestion() {
    MockClient bob = mochi.client("bob", "room");
    bob.send("fo bar").shouldNotReply();
    bob.send("/fo bar").shouldReply("Did you mean \"foo\"? Reply with a period to run it.");
  }
}
