package dev.mochi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.message.Message;
import dev.mochi.testkit.MochiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Options after a greedy argument: {@code help} accepts them; a {@code text} argument keeps them as text. */
class TrailingOptionsTest {
  @RegisterExtension final MochiTest mochi = EveryPlugin.bot();

  @Test void helpAcceptsOptionsAfterTheName() {
    mochi.app().root().command("bar", "A bar").option("secret", "-s a hidden flag", o -> o.hidden(true))
        .action((argv, s) -> "bar");
    mochi.client("alice").send("help bar -H")
        .shouldReply(r -> assertThat(Message.parse(r).plainText()).startsWith("Command: bar").contains("-s, --secret"));
    mochi.client("alice").send("help -H bar")
        .shouldReply(r -> assertThat(Message.parse(r).plainText()).startsWith("Command: bar").contains("-s, --secret"));
  }

  @Test void aGreedyTextArgumentKeepsWhatFollowsAsText() {
    mochi.client("alice").send("echo hi -H --x=1").shouldReply("hi -H --x=1");
  }
}
