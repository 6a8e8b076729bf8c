package dev.mochi.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.message.Message;
import dev.mochi.testkit.MochiTest;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code message} limits of {@code bot.yml} with their defaults: a message over one is not handled (no plugin
 * sees it), the log says which limit with a bounded excerpt, the user is told in a private chat or when the message
 * addressed the bot, and the bot goes on.
 */
class MessageLimitsTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();
  private final AtomicInteger seen = new AtomicInteger();

  @BeforeEach void aCommandAndAWitness() {
    mochi.app().root().middleware((s, next) -> {
      seen.incrementAndGet();
      return next.proceed();
    });
    mochi.app().root().command("echo <message:text>").action((argv, s) -> argv.arg(0, String.class));
  }

  @Test void aMessageLongerThanMaxLengthIsRefusedWithTheLimitAndTheBotGoesOn() {
    String message = "echo " + "x".repeat(20_000);
    mochi.client("alice").send(message)
        .shouldReply("Your message is too long to be handled: 20005 characters, at most 20000.");
    assertThat(seen).hasValue(0);
    assertThat(mochi.logs().problems()).singleElement().satisfies(line -> {
      assertThat(line).contains("message.max-length (20000)").contains("echo xxx").contains("(20005 characters)");
      assertThat(line.length()).as("the log line carries an excerpt, not the message").isLessThan(400);
    });
    mochi.client("alice").send("echo fine").shouldReply("fine");
  }

  @Test void inAGuildOnlyAMessageAddressedToTheBotIsAnswered() {
    String tooLong = "x".repeat(20_001);
    mochi.client("alice", "general").send(tooLong).shouldNotReply();
    mochi.client("alice", "general").send("<at id=\"" + mochi.selfId() + "\"/> " + tooLong)
        .shouldReply(r -> assertThat(r).startsWith("Your message is too long"));
    assertThat(mochi.logs().problems()).hasSize(2);
  }

  @Test void tooManyElementsOrTooDeepANestingIsRefused() {
    mochi.client("alice").send("echo " + "<at id=\"1\"/>".repeat(501))
        .shouldReply("Your message has too many elements (mentions, images, tags) to be handled: at most 500.");
    mochi.client("alice").send("echo " + "<b>".repeat(33) + "x" + "</b>".repeat(33))
        .shouldReply("Your message nests its elements too deeply to be handled: at most 32 levels.");
    mochi.client("alice").send("echo " + "<b>".repeat(32) + "x" + "</b>".repeat(32))
        .shouldReply("<b>".repeat(32) + "x" + "</b>".repeat(32));
    assertThat(mochi.logs().problems()).hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("message.max-elements (500)"))
        .anySatisfy(l -> assertThat(l).contains("message.max-depth (32)"));
  }

  @Test void unclosedTagsAreTextAndCountForNoLimit() {
    String tags = "<p>".repeat(600);
    mochi.client("alice").send("echo " + tags).shouldReply(Message.text(tags).toString());
  }

  @Test void tooManyOrTooDeeplyNestedInterpolationsAreAnsweredWithTheLimitAndNothingRuns() {
    AtomicInteger runs = new AtomicInteger();
    mochi.app().root().command("count").action((argv, s) -> String.valueOf(runs.incrementAndGet()));
    mochi.client("alice").send("echo " + "$(count)".repeat(33)).shouldReply("Too many $(…) in one message: at most 32.");
    mochi.client("alice").send("echo " + "$(echo ".repeat(17) + "x" + ")".repeat(17))
        .shouldReply("$(…) nested too deeply: at most 16 levels.");
    assertThat(runs).hasValue(0);
    mochi.client("alice").send("echo " + "$(echo ".repeat(16) + "x" + ")".repeat(16)).shouldReply("x");
    mochi.client("alice").send("echo " + "$(count)".repeat(32)).shouldReply(r -> assertThat(r).endsWith("32"));
  }
}
