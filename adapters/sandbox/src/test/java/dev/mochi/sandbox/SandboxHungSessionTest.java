package dev.mochi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A session that hangs does not keep the terminal chat from ending at end of input. */
class SandboxHungSessionTest {
  private final Terminal terminal = new Terminal();

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .configure(b -> b.pluginBudget(Duration.ofMillis(1_000)))
      .plugin(terminal.adapter(), new SandboxAdapter.Config(true, "alice", null, null))
      .plugin(new Hanging(), null);

  static final class Hanging implements Plugin<Void> {
    @Override public String name() { return "hanging"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.middleware((session, next) -> {
        if (session.content().equals("hang")) {
          Thread.sleep(120_000);
          return "woke up";
        }
        return session.content();
      });
    }
  }

  @Test void endOfInputEndsTheChatWithExitCodeOneOnceAHungSessionIsPastItsBudget() throws Exception {
    long start = System.nanoTime();
    terminal.type("hang", "after").endOfInput();

    assertThat(terminal.awaitExit(Duration.ofSeconds(15))).isEqualTo(1);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(terminal.lines()).containsExactly("after");
    assertThat(mochi.logs().problems()).anySatisfy(l -> assertThat(l)
        .contains("line 1 (hang) failed").contains("is still running after the time budget of 1000 ms"));
  }
}
