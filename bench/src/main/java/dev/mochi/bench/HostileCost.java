package dev.mochi.bench;

import dev.mochi.bench.jmh.HostileApp;
import dev.mochi.bench.jmh.HostileMessageBench.Shape;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The hostile messages of issue 15 at 1 KB, 10 KB and 100 KB through the whole message path, measured in CPU time of
 * this process's Java threads (what other processes do does not count, so the figures hold on a busy machine; the
 * carrier threads of the virtual threads that handle sessions are counted, the garbage collector's threads are not),
 * and printed as one table: CPU per message and per KB at each size, and the growth of the cost per KB from
 * 1 KB to 100 KB (1 when linear, about 100 when quadratic).
 *
 * <pre>bench/run hostile</pre>
 *
 * After one warm-up pass over every shape and size, each figure is the median of five samples; a sample repeats the
 * message until it took at least 100 ms of CPU.
 */
public final class HostileCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int[] SIZES = {1_024, 10_240, 102_400};
  private static final long SAMPLE_NANOS = 100_000_000L;

  private HostileCost() {}

  public static void main(String[] args) throws Exception {
    try (HostileApp app = new HostileApp()) {
      for (Shape shape : Shape.values()) {
        for (int size : SIZES) {
          String content = shape.of(size);
          cpu(() -> app.handle(content, shape.guild), Math.max(3, 100_000 / size));
        }
      }
      System.out.println("| shape | 1 KB, µs | 10 KB, µs | 100 KB, µs | µs/KB at 1 / 10 / 100 KB | growth per KB, 1 → 100 KB |");
      System.out.println("| --- | ---: | ---: | ---: | --- | ---: |");
      for (Shape shape : Shape.values()) {
        double[] micros = new double[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
          String content = shape.of(SIZES[i]);
          micros[i] = cpuNanos(() -> app.handle(content, shape.guild)) / 1_000.0;
        }
        double[] perKb = new double[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) perKb[i] = micros[i] / (SIZES[i] / 1_024.0);
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.1f / %.1f / %.1f | %.2f |%n", shape.name().toLowerCase(Locale.ROOT),
            micros[0], micros[1], micros[2], perKb[0], perKb[1], perKb[2], perKb[2] / perKb[0]);
      }
    }
  }

  /** Median CPU nanoseconds of one run of {@code op}, after a warm-up. */
  private static double cpuNanos(Runnable op) {
    int reps = 1;
    while (cpu(op, reps) < SAMPLE_NANOS && reps < 1 << 16) reps *= 2;
    long[] samples = new long[5];
    for (int i = 0; i < samples.length; i++) samples[i] = cpu(op, reps);
    Arrays.sort(samples);
    return samples[samples.length / 2] / (double) reps;
  }

  private static long cpu(Runnable op, int reps) {
    long start = threadsCpu();
    for (int i = 0; i < reps; i++) op.run();
    return threadsCpu() - start;
  }

  /**
   * CPU nanoseconds of every live Java thread (the process's own CPU clock ticks in 10 ms steps on some kernels; the
   * threads' clocks do not).
   */
  private static long threadsCpu() {
    long sum = 0;
    for (long id : THREADS.getAllThreadIds()) {
      long t = THREADS.getThreadCpuTime(id);
      if (t > 0) sum += t;
    }
    return sum;
  }
}
