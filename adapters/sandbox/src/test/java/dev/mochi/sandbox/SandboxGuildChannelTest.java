package dev.mochi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code ./mochi chat --user bob --channel 42}: the lines are guild messages of bob in channel 42. */
class SandboxGuildChannelTest {
  private final Terminal terminal = new Terminal();

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .plugin(terminal.adapter(), new SandboxAdapter.Config(true, "bob", "42", null))
      .plugin(new SandboxTerminalTest.Script(), null);

  @Test void speaksAsTheConfiguredUserInTheConfiguredGuildChannel() throws Exception {
    terminal.type("where", "ask", "red").endOfInput();

    assertThat(terminal.awaitExit(Duration.ofSeconds(10))).isZero();
    assertThat(terminal.lines()).containsExactly("sandbox bob 42 42 guild", "What colour?", "You said red");
  }
}
