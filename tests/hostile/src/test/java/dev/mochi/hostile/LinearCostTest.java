package dev.mochi.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mochi.testkit.MockClient;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The messages of issue 15, through the whole bot with every first-party plugin: handling one costs CPU time linear
 * in its size (the cost per character of 32 KB is within a factor of 4 of that of 2 KB; it was 287 s of CPU for
 * 100 KB of {@code <b>} before). The limits are raised so that nothing is refused; {@link MessageLimitsTest} checks
 * the limits themselves.
 */
class LinearCostTest {
  private static final int SMALL = 2_048;
  private static final int LARGE = 32_768;
  private static final double FACTOR = 4;

  @RegisterExtension final dev.mochi.testkit.MochiTest mochi = EveryPlugin.bot(400_000);

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("a guild message of <b> tags", "", "<b>", true),
        Arguments.of("hello $($(…", "hello ", "$(", false),
        Arguments.of("echo $( repeated", "", "echo $(", false),
        Arguments.of("<p> tags", "", "<p>", false),
        Arguments.of("echo and closed elements nested", "echo ", "<b><i>x</i></b>", false),
        Arguments.of("echo with quotes that never close", "echo ", "\"a ", false),
        Arguments.of("a long first word (suggestion)", "", "ehco", false),
        Arguments.of("entities without semicolons", "echo ", "&&amp", false),
        Arguments.of("dashes and equals for a number", "lottery ", "-=", false),
        Arguments.of("unclosed tags with attributes", "echo ", "<a x=\"1\" y='2' ", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void handlingCostsTimeLinearInTheMessagesSize(String name, String head, String piece, boolean guild) {
    MockClient client = guild ? mochi.client("alice", "general") : mochi.client("alice");
    Consumer<String> handle = message -> {
      client.send(message).await();
      client.drain();
    };
    double growth = assertTimeoutPreemptively(Duration.ofMinutes(2), () ->
        CpuCost.growth(CpuCost.repeat(head, piece, SMALL), CpuCost.repeat(head, piece, LARGE), handle, FACTOR));
    assertThat(growth).as("CPU per character at %d characters / at %d characters", LARGE, SMALL).isLessThan(FACTOR);
    client.send("echo still here").shouldReply("still here");
  }

  @Test void the40000EchoInterpolationsOfTheIssueAreEchoedAsText() {
    String message = "echo $(".repeat(40_000);
    assertTimeoutPreemptively(Duration.ofMinutes(1), () ->
        mochi.client("alice").send(message).shouldReply(message.substring("echo ".length())));
  }

  @Test void eightThousandParagraphTagsAreText() {
    String message = "echo " + "<p>".repeat(8_000);
    assertTimeoutPreemptively(Duration.ofMinutes(1), () ->
        mochi.client("alice").send(message).shouldReply(r -> assertThat(r).isEqualTo("&lt;p&gt;".repeat(8_000))));
  }
}
