package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.plugin.PluginHost;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.MochiTest;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reloads one plugin jar 50 times and checks what an operator would: after every unload the command is gone and
 * the timers are silent, after every load it answers, and at the end every old class loader has been collected
 * and the heap has not grown. Prints the median reload time and the heap (see the surefire output file).
 */
class HotReloadTest {
  private static final int ROUNDS = 50;

  @RegisterExtension static final MochiTest mochi = MochiTest.create().pluginConfig("ticker", "greeting: hey");

  private final AtomicLong ticks = new AtomicLong();
  private final List<WeakReference<ClassLoader>> loaders = new CopyOnWriteArrayList<>();

  @Test void reloadingFiftyTimesLeavesNoCommandNoTimerAndNoClassLoaderBehind() throws Exception {
    mochi.app().root().provide(AtomicLong.class, ticks);
    Consumer<Object> loaderSink = loader -> loaders.add(new WeakReference<>((ClassLoader) loader));
    mochi.app().root().provide(Consumer.class, loaderSink);
    PluginHost host = mochi.plugins();
    assertThat(mochi.pluginJar(Fixtures.ticker("ticker")).state()).isEqualTo(PluginState.ACTIVE);
    var alice = mochi.client("alice");
    alice.send("tick").shouldReply(r -> assertThat(r).startsWith("hey "));
    long heapBefore = usedHeapAfterGc();

    List<Long> reloadNanos = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      assertThat(host.disable("ticker").state()).isEqualTo(PluginState.DISABLED);
      alice.send("tick").shouldNotReply();
      long silent = ticks.get();
      Thread.sleep(25);
      assertThat(ticks.get()).as("ticks after unload %d", i).isEqualTo(silent);

      assertThat(host.enable("ticker").state()).isEqualTo(PluginState.ACTIVE);
      long start = System.nanoTime();
      assertThat(host.reload("ticker").state()).isEqualTo(PluginState.ACTIVE);
      reloadNanos.add(System.nanoTime() - start);
      alice.send("tick").shouldReply(r -> assertThat(r).startsWith("hey "));
    }

    assertThat(loaders).hasSize(1 + 2 * ROUNDS);
    List<String> leaked = host.checkLeaks();
    assertThat(leaked).isEmpty();
    long stillReachable = loaders.subList(0, loaders.size() - 1).stream().filter(r -> r.get() != null).count();
    assertThat(stillReachable).as("old class loaders still reachable").isZero();
    assertThat(loaders.getLast().get()).as("the active plugin's loader").isNotNull();
    long heapAfter = usedHeapAfterGc();
    assertThat(heapAfter - heapBefore).as("heap growth over %d reloads", ROUNDS).isLessThan(8L << 20);

    List<Long> sorted = reloadNanos.stream().sorted().toList();
    System.out.printf(Locale.ROOT, "reload of plugin 'ticker' x%d: median %.2f ms, p90 %.2f ms, max %.2f ms; "
            + "heap after GC before the loop %.1f MB, after %.1f MB; old loaders collected: %d of %d%n",
        ROUNDS, sorted.get(ROUNDS / 2) / 1e6, sorted.get(ROUNDS * 9 / 10) / 1e6, sorted.getLast() / 1e6,
        heapBefore / 1048576.0, heapAfter / 1048576.0, loaders.size() - 1 - stillReachable, loaders.size() - 1);
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
