package dev.mochi.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.MochiTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShutdownTest {
  static final List<String> EVENTS = new CopyOnWriteArrayList<>();

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .plugin(new Plugins.Named("first", ctx -> ctx.onDispose(() -> EVENTS.add("dispose first"))), null)
      .plugin(new Plugins.Named("second", ctx -> {
        ctx.onDispose(() -> EVENTS.add("dispose second"));
        ctx.middleware((s, next) -> {
          Thread.sleep(300);
          EVENTS.add("session finished");
          return "done";
        });
      }), null);

  @Test void closingFinishesSessionsInFlightThenDisposesPluginsInReverseOrder() {
    EVENTS.clear();
    var alice = mochi.client("alice");
    var inFlight = alice.send("work");
    mochi.app().close();
    assertThat(inFlight.done()).isCompleted();
    assertThat(alice.drain()).containsExactly("done");
    assertThat(EVENTS).containsExactly("session finished", "dispose second", "dispose first");
  }

  @Test void messagesAfterShutdownAreRefusedWithAReason() {
    mochi.app().close();
    var refused = mochi.client("alice").send("late").done();
    assertThat(refused).isCompletedExceptionally();
    assertThat(refused.exceptionNow()).hasMessageContaining("shutting down");
  }
}
