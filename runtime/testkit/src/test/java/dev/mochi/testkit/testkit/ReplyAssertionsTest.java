package dev.mochi.testkit.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.message.Message;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The two ways to read a reply: its text form (markup and escapes) and its plain text (what a person reads). */
class ReplyAssertionsTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  @Test void aReplyIsReadAsTextFormOrAsPlainText() {
    mochi.app().root().command("compare").action((argv, s) -> Message.text("a < b & c"));
    MockClient alice = mochi.client("alice");

    alice.send("compare").shouldReply("a &lt; b &amp; c");
    alice.send("compare").shouldReplyText("a < b & c");
  }

  @Test void aPlainTextAssertionLeavesTagsOutAndFailsOnOtherText() {
    mochi.app().root().command("bold").action((argv, s) -> Message.parse("<b>strong</b> words"));
    MockClient alice = mochi.client("alice");

    alice.send("bold").shouldReplyText("strong words");
    assertThatThrownBy(() -> alice.send("bold").shouldReplyText("<b>strong</b> words"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("strong words");
  }

  @Test void aMessageWithoutAReplyFailsThePlainTextAssertionOnceHandledNotAtTheTimeout() {
    mochi.app().root().command("quiet").action((argv, s) -> null);

    assertThatThrownBy(() -> mochi.client("alice").send("quiet").shouldReplyText("anything"))
        .hasMessage("The bot finished handling the message without replying");
  }
}
