package dev.mochi.core.data;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Calls on an observed user's typed proxy: a getter, a setter (which marks the field dirty), an observed list's
 * size — the calls a plugin's action makes, each through the dynamic proxy and the state's lock.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ObservedProxyBench {
  private BenchEngine bench;
  private DataEngine engine;
  private Wallet wallet;
  private int next;

  @Setup public void setup() throws Exception {
    bench = new BenchEngine();
    engine = bench.engine;
    wallet = engine.user("jmh", "alice", Wallet.class);
    wallet.items().add("sword");
  }

  @TearDown public void tearDown() throws Exception {
    bench.close();
  }

  @Benchmark public int get() {
    return wallet.coins();
  }

  @Benchmark public void set() {
    wallet.coins(++next);
  }

  @Benchmark public int listSize() {
    return wallet.items().size();
  }
}
