package dev.mochi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The terminal chat end to end: a real app (testkit, SQLite), the real sandbox plugin, a piped terminal. */
class SandboxTerminalTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final Terminal terminal = new Terminal();

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .plugin(terminal.adapter(), new SandboxAdapter.Config(true, "alice", null, null))
      .plugin(new Script(), null);

  /** Behaviour to chat with, written as middleware so it needs nothing but the kernel. */
  static final class Script implements Plugin<Void> {
    @Override public String name() { return "script"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.middleware((session, next) -> {
        String text = session.content();
        if (text.equals("ask")) {
          session.send("What colour?");
          return session.prompt(Duration.ofSeconds(5)).map(a -> "You said " + a).orElse("No answer");
        }
        if (text.startsWith("slow ")) {
          Thread.sleep(300);
          return text.substring("slow ".length());
        }
        if (text.equals("where")) {
          return session.platform() + " " + session.userId() + " " + session.channelId() + " "
              + session.guildId().orElse("-") + " " + (session.isDirect() ? "direct" : "guild");
        }
        if (text.equals("lines")) return "one\ntwo\nthree";
        if (text.equals("silence")) return null;
        if (text.equals("elements")) return "<at id=\"bob\"/> look <img src=\"cat.png\"/> in <sharp id=\"pets\"/>";
        return next.proceed(text);
      });
    }
  }

  @Test void repliesToEveryLineInOrderAndExitsWithZeroAtEndOfInput() throws Exception {
    terminal.type("a", "b", "c").endOfInput();

    assertThat(terminal.awaitExit(WAIT)).isZero();
    assertThat(terminal.lines()).containsExactly("a", "b", "c");
  }

  @Test void printsEachReplyAsItComesWhileInputIsStillOpen() throws Exception {
    terminal.type("hello");

    assertThat(terminal.awaitLines(1, WAIT)).containsExactly("hello");
    assertThat(terminal.exited()).isFalse();

    terminal.type("again").endOfInput();
    assertThat(terminal.awaitExit(WAIT)).isZero();
    assertThat(terminal.lines()).containsExactly("hello", "again");
  }

  @Test void aCommandThatPromptsIsAnsweredByTheNextLine() throws Exception {
    terminal.type("ask", "blue", "after").endOfInput();

    assertThat(terminal.awaitExit(WAIT)).isZero();
    assertThat(terminal.lines()).containsExactly("What colour?", "You said blue", "after");
  }

  @Test void waitsForSlowSessionsBeforeExiting() throws Exception {
    terminal.type("slow first", "slow second").endOfInput();

    assertThat(terminal.awaitExit(WAIT)).isZero();
    assertThat(terminal.lines()).containsExactly("first", "second");
  }

  @Test void printsAMultiLineReplyAsItsLines() throws Exception {
    terminal.type("lines", "silence", "end").endOfInput();

    assertThat(terminal.awaitExit(WAIT)).isZero();
    assertThat(terminal.lines()).containsExactly("one", "two", "three", "end");
  }

  @Test void whatIsTypedIsTextAndIsShownAsTypedNeverAsMarkup() throws Exception {
    terminal.type("a & b < c", "<b>bold?</b>", "&amp; is not an entity here", "elements").endOfInput();

    assertThat(terminal.awaitExit(WAIT)).isZero();
    assertThat(terminal.lines()).containsExactly("a & b < c", "<b>bold?</b>", "&amp; is not an entity here",
        "@bob look [image: cat.png] in #pets");
  }

  @Test void speaksAsTheConfiguredUserInAPrivateChat() throws Exception {
    terminal.type("where").endOfInput();

    assertThat(terminal.awaitExit(WAIT)).isZero();
    assertThat(terminal.lines()).containsExactly("sandbox alice private:alice - direct");
  }

  @Test void skipsBlankLines() throws Exception {
    terminal.type("", "   ", "x", "").endOfInput();

    assertThat(terminal.awaitExit(WAIT)).isZero();
    assertThat(terminal.lines()).containsExactly("x");
  }

  @Test void keepsTheOrderOfTwoHundredLines() throws Exception {
    List<String> sent = IntStream.range(0, 200).mapToObj(i -> "message " + i).toList();
    terminal.type(sent.toArray(String[]::new)).endOfInput();

    assertThat(terminal.awaitExit(WAIT)).isZero();
    assertThat(terminal.lines()).containsExactlyElementsOf(sent);
  }

  @Test void exitsWithOneWhenTheBotRefusesMessages() throws Exception {
    terminal.type("before");
    terminal.awaitLines(1, WAIT);
    mochi.app().dispatcher().stopAccepting();

    terminal.type("refused").endOfInput();

    assertThat(terminal.awaitExit(WAIT)).isEqualTo(1);
    assertThat(terminal.lines()).containsExactly("before");
    assertThat(mochi.logs().containing("line 2 (refused)")).anySatisfy(line -> assertThat(line).contains("shutting down"));
  }

  @Test void stopsReadingWhenTheBotShutsDownInsteadOfLoggingEveryRemainingLine() throws Exception {
    terminal.type("before");
    terminal.awaitLines(1, WAIT);
    mochi.app().dispatcher().stopAccepting();

    terminal.type(java.util.stream.IntStream.range(0, 50).mapToObj(i -> "late " + i).toArray(String[]::new)).endOfInput();

    assertThat(terminal.awaitExit(WAIT)).isEqualTo(1);
    assertThat(mochi.logs().containing("failed: dev.mochi.api.MochiException")).hasSize(1);
    assertThat(mochi.logs().containing("the rest of the input is not read")).hasSize(1);
  }
}
