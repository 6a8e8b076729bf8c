package dev.mochi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.plugin.echo.Echo;
import dev.mochi.plugin.help.Help;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The terminal with the real help and echo plugins and a prefix of a character the text form escapes. */
class TerminalTextFormTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final Terminal terminal = new Terminal();

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .configure(b -> b.prefix(">", "&").prefixMode("strict"))
      .plugin(terminal.adapter(), new SandboxAdapter.Config(true, "alice", null, null))
      .plugin(new Help(), null)
      .plugin(new Echo(), null);

  @Test void helpShowsDeclarationsAsWrittenAndEchoRepeatsWhatWasTyped() throws Exception {
    terminal.type(">help echo", ">echo a & b < c", "&echo <b>x</b>", "echo without a prefix", "&gt;echo escaped")
        .endOfInput();

    assertThat(terminal.awaitExit(WAIT)).isZero();
    assertThat(terminal.lines()).startsWith("Command: echo <message:text>", "Repeat a message")
        .endsWith("a & b < c", "<b>x</b>");
    assertThat(terminal.lines()).noneMatch(l -> l.contains("&lt;") || l.contains("&amp;") || l.contains("without"));
  }
}
