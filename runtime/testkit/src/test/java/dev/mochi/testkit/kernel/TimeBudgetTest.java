package dev.mochi.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Hooks;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The time-budget warning names what the session was doing, and whose code, and quotes only the start of the message. */
class TimeBudgetTest {
  private static final String LONG = "x".repeat(10_000);

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .configure(b -> b.pluginBudget(Duration.ofMillis(1_000)))
      .timeout(Duration.ofSeconds(20));

  /** The warning about {@code message}, sent after a first message has warmed the bot up (a cold start is slow). */
  private String warningAbout(String message) {
    mochi.client("bob").send("warm-up").await();
    mochi.client("alice").send(message).await();
    return mochi.logs().problems().stream().filter(l -> l.contains("time budget") && l.contains("mock:alice"))
        .reduce((first, last) -> last).orElseThrow();
  }

  @Test void aSlowMiddlewareIsNamedWithItsPlugin() {
    mochi.app().plugin(new Plugins.Named("sloth", ctx -> ctx.middleware((s, next) -> {
      if (s.userId().equals("alice")) Thread.sleep(4_000);
      return null;
    })), (Void) null);
    String warning = warningAbout(LONG);
    assertThat(warning).startsWith("WARN plugin.sloth").contains("running middleware of plugin 'sloth'")
        .contains("(10000 characters)").doesNotContain("Plugin 'core'");
    assertThat(warning.length()).isLessThan(400);
  }

  @Test void aSlowCommandIsNamedWithItsCommandAndPlugin() {
    mochi.app().plugin(new Plugins.Named("naps", ctx -> ctx.command("nap [text:text]").action((argv, s) -> {
      Thread.sleep(4_000);
      return "rested";
    })), (Void) null);
    String warning = warningAbout("nap " + LONG);
    assertThat(warning).startsWith("WARN plugin.naps").contains("running command 'nap' of plugin 'naps'");
    assertThat(warning.length()).isLessThan(400);
  }

  @Test void aSlowStepOfTheRuntimeIsNamedAsSuch() {
    mochi.app().root().before(Hooks.ATTACH_USER, (s, fields) -> {
      try {
        if (s.userId().equals("alice")) Thread.sleep(4_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    String warning = warningAbout(LONG);
    assertThat(warning).startsWith("WARN mochi.dispatcher").contains("running the attach-user and attach-channel hooks");
  }
}
