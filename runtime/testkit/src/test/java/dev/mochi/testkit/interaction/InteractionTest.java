package dev.mochi.testkit.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.command.Invocation;
import dev.mochi.api.message.Element;
import dev.mochi.testkit.MochiTest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An interaction (a slash command: the command and its values, already split) runs the same command as the same
 * words typed in a message: same reply, same type errors, same authority checks.
 */
class InteractionTest {
  @RegisterExtension final MochiTest mochi = MochiTest.withPlugin(new Tools());

  static Stream<Arguments> pairs() {
    return Stream.of(
        pair("echo hi there", Invocation.of("echo").arg("message", "hi there")),
        pair("echo a &lt; b &amp; c", Invocation.of("echo").arg("message", "a < b & c")),
        pair("add 2 3", Invocation.of("add").arg("a", 2L).arg("b", 3L)),
        pair("add 2 x", Invocation.of("add").arg("a", 2).arg("b", "x")),
        pair("add 2 2.5", Invocation.of("add").arg("a", 2).arg("b", 2.5)),
        pair("repeat yo 3", Invocation.of("repeat").arg("word", "yo").arg("times", 3)),
        pair("repeat yo 0", Invocation.of("repeat").arg("word", "yo").arg("times", 0L)),
        pair("repeat yo 2 -s ,", Invocation.of("repeat").arg("word", "yo").arg("times", 2).option("separator", ",")),
        pair("vault", Invocation.of("vault")),
        pair("peek", Invocation.of("peek")),
        pair("peek -v", Invocation.of("peek").option("verbose", true)),
        pair("who @bob", Invocation.of("who").arg("u", Element.at("bob"))),
        pair("who bob", Invocation.of("who").arg("u", "bob")),
        pair("pic <img src=\"https://x.test/a.png?s=1&amp;t=2\"/>",
            Invocation.of("pic").arg("i", Element.image("https://x.test/a.png?s=1&t=2"))),
        pair("post -W hello", Invocation.of("post").arg("text", "hello").option("anonymous", true)),
        pair("post -w 7 hello", Invocation.of("post").arg("text", "hello").option("writer", 7)),
        pair("post hello", Invocation.of("post").arg("text", "hello")),
        pair("strict --nope", Invocation.of("strict").option("nope", true)),
        pair("shout a b -l", Invocation.of("shout").arg("words", List.of("a", "b")).option("loud", true)));
  }

  private static Arguments pair(String text, Invocation interaction) {
    return Arguments.of(text, interaction);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void anInteractionRepliesAsTheSameCommandTyped(String text, Invocation interaction) {
    List<String> typed = mochi.client("alice").send(text).replies();
    List<String> invoked = mochi.client("alice").interact(interaction).replies();
    assertThat(typed).as("reply to the typed command").isNotEmpty();
    assertThat(invoked).as("answer to the interaction " + interaction).isEqualTo(typed);
  }

  @Test void authorityIsCheckedTheSameWayForBothForms() {
    assertThat(mochi.client("carol").interact(Invocation.of("vault")).replies())
        .containsExactly("Insufficient authority.");
    var carol = mochi.user("carol");
    carol.set("authority", 3);
    carol.flush();
    assertThat(mochi.client("carol").interact(Invocation.of("vault")).replies()).containsExactly("opened");
    assertThat(mochi.client("carol").send("vault").replies()).containsExactly("opened");
    assertThat(mochi.client("carol").interact(Invocation.of("peek").option("verbose", true)).replies())
        .containsExactly("everything");
  }

  @Test void anInteractionInAGuildIsAnsweredToTheInteractionNotTheChannel() {
    var inChannel = mochi.client("dave", "guild-7");
    var other = mochi.client("erin", "guild-7");
    assertThat(inChannel.interact(Invocation.of("echo").arg("message", "ping")).replies()).containsExactly("ping");
    assertThat(other.drain()).as("what the channel saw").isEmpty();
  }

  @Test void anUnknownCommandGivesNoAnswer() {
    mochi.client("alice").interact(Invocation.of("nosuch").arg("x", "y")).shouldNotReply();
  }

  @Test void theSessionShowsTheInteractionAsItsCommandLine() {
    java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    mochi.app().root().on(dev.mochi.api.Events.MESSAGE, s -> seen.add(s.content()));
    mochi.client("alice").interact(Invocation.of("repeat").arg("word", "a b").option("separator", "<")).await();
    assertThat(seen).containsExactly("repeat \"a b\" --separator &lt;");
  }
}
