package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.UserData;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import dev.mochi.testkit.PluginJar;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One session hangs in a plugin's command. It must not hold unloads of other plugins, the owner who unloads the
 * hung plugin is told what is waited for, and shutdown does not wait for a session already past its budget.
 */
class HungSessionTest {
  private static final Duration BUDGET = Duration.ofSeconds(3);

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .configure(b -> b.pluginBudget(BUDGET))
      .timeout(Duration.ofSeconds(20));

  private MockClient admin;

  /** A plugin whose {@code nap} sleeps for two minutes; interrupted, it answers "interrupted". */
  private static PluginJar napping() {
    return PluginJar.id("naps").source("fixture.naps.Naps", """
        package fixture.naps;
        @org.pf4j.Extension
        public final class Naps implements dev.mochi.api.Plugin<Void> {
          @Override public String name() { return "naps"; }
          @Override public void apply(dev.mochi.api.Context ctx, Void config) {
            ctx.command("nap").action((argv, session) -> {
              try {
                Thread.sleep(120_000);
                return "rested";
              } catch (InterruptedException e) {
                return "interrupted";
              }
            });
          }
        }
        """);
  }

  @BeforeEach void loadTheJarsAndMakeAnAdmin() {
    assertThat(mochi.pluginJar(napping()).active()).isTrue();
    assertThat(mochi.pluginJar(Fixtures.answering("other", "other", "fine")).active()).isTrue();
    admin = mochi.client("admin");
    admin.send("other").shouldReply("fine");
    UserData user = mochi.app().data().user(mochi.platform(), "admin", UserData.class);
    user.set("authority", 4);
    user.flush();
  }

  private CompletableFuture<Void> hangInNap() throws InterruptedException {
    CompletableFuture<Void> nap = mochi.client("alice").send("nap").done();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (mochi.app().dispatcher().runningSessions(s -> s.content().equals("nap")).isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(mochi.app().dispatcher().runningSessions(s -> s.content().equals("nap"))).hasSize(1);
    Thread.sleep(200);   // inside the command by now
    return nap;
  }

  @Test void aSessionHangingInOnePluginDoesNotHoldTheUnloadOfAnother() throws InterruptedException {
    hangInNap();
    long start = System.nanoTime();
    admin.send("plugin disable other").shouldReply("Disabled other.");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("disabling a plugin nobody is inside").isLessThan(BUDGET);
    admin.send("other").shouldNotReply();
  }

  @Test void theOwnerUnloadingTheHungPluginHearsWhatIsWaitedForAndTheSessionIsInterruptedOnceOverdue()
      throws InterruptedException {
    CompletableFuture<Void> nap = hangInNap();
    var exchange = admin.send("plugin disable naps");
    exchange.shouldReply("Waiting for 1 session inside naps (running command 'nap' of plugin 'naps') before "
        + "unloading; at most 3 seconds.");
    exchange.shouldReply("Disabled naps.");
    assertThat(nap).as("the hung session ends: interrupted once past its budget").succeedsWithin(Duration.ofSeconds(10));
  }

  @Test void shutdownDoesNotWaitForASessionPastItsBudget() throws InterruptedException {
    hangInNap();
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (mochi.app().dispatcher().overdue() == 0 && System.nanoTime() < deadline) Thread.sleep(20);
    assertThat(mochi.app().dispatcher().overdue()).isEqualTo(1);
    long start = System.nanoTime();
    mochi.app().close(Duration.ofSeconds(30));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }
}
