package dev.mochi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.message.Element;
import dev.mochi.api.message.Message;
import dev.mochi.api.sandbox.SandboxUser;
import dev.mochi.api.sandbox.VirtualUser;
import dev.mochi.plugin.echo.Echo;
import dev.mochi.testkit.MochiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code plugins.sandbox.max-length}: a reply longer than the sandbox's limit arrives as several messages. */
class SandboxSplitTest {
  private static final int LIMIT = 30;

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .plugin(new SandboxAdapter(), new SandboxAdapter.Config(false, null, null, LIMIT))
      .plugin(new SandboxServiceTest.Page(), null)
      .plugin(new Echo(), null);

  private List<String> heardAfter(String line) {
    SandboxServiceTest.Page page = new SandboxServiceTest.Page();
    mochi.app().root().plugin(page);
    List<String> heard = new CopyOnWriteArrayList<>();
    SandboxUser alice = page.join(VirtualUser.direct("alice"), heard);
    alice.send(line).toCompletableFuture().join();
    return heard;
  }

  @Test void aLongEchoIsCutAtSpacesIntoPiecesWithinTheLimitLosingNoWord() {
    String words = "the quick brown fox jumps over the lazy dog and runs far away into the woods";
    List<String> heard = heardAfter("echo " + words);

    assertThat(heard).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(LIMIT));
    assertThat(String.join(" ", heard)).isEqualTo(words);
    assertThat(heard.getFirst()).isEqualTo("the quick brown fox jumps over");
  }

  @Test void aReplyWithinTheLimitIsOneMessageAsSent() {
    assertThat(heardAfter("echo short and sweet")).containsExactly("short and sweet");
  }

  @Test void linesAreCutAtLineBreaksFirstAndOneLongWordAtTheLimit() {
    List<String> ids = new ArrayList<>();
    List<String> delivered = new ArrayList<>();
    SandboxBot bot = new SandboxBot((channel, m) -> delivered.add(m.plainText()), 10);
    ids.addAll(bot.sendMessage("c", Message.of(Element.text("one two\nthree four"))).toCompletableFuture().join());
    assertThat(delivered).containsExactly("one two", "three four");
    assertThat(ids).hasSize(2).doesNotHaveDuplicates();
    delivered.clear();
    bot.sendMessage("c", Message.text("x".repeat(25))).toCompletableFuture().join();
    assertThat(delivered).containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
  }

  @Test void aMegabyteReplyIsCutInLinearTime() {
    List<String> delivered = new ArrayList<>();
    SandboxBot bot = new SandboxBot((channel, m) -> delivered.add(m.plainText()), SandboxAdapter.Config.DEFAULT_MAX_LENGTH);
    String text = "word ".repeat(200_000) + "\n".repeat(1000) + "y".repeat(100_000);
    long start = System.nanoTime();
    bot.sendMessage("c", Message.text(text)).toCompletableFuture().join();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(delivered).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
    assertThat(String.join("", delivered).replace(" ", "").replace("\n", ""))
        .isEqualTo(text.replace(" ", "").replace("\n", ""));
    assertThat(millis).as("ms to cut 1.1 MB (quadratic would take minutes)").isLessThan(5_000);
  }

  @Test void aLimitBelowTwoIsRefusedWithTheKey() {
    assertThat(MochiTest.configError(new SandboxAdapter(), "max-length: 0")).contains("max-length must be at least 2");
  }
}
