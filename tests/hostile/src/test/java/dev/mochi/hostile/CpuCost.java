package dev.mochi.hostile;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * How the cost of handling a message grows with its size, measured so that a busy machine does not change the
 * verdict: CPU time of this process (what other processes do does not count, and waiting does not either), the
 * median of several samples, each sample repeating the operation until it took at least 20 ms of CPU. The verdict
 * compares the cost per character of a large input with that of a small one: about 1 when the cost is linear, about
 * the ratio of the sizes when it is quadratic; tests allow a generous factor between the two.
 */
final class CpuCost {
  private static final OperatingSystemMXBean OS =
      ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
  private static final long SAMPLE_NANOS = 20_000_000L;
  private static final int MAX_REPS = 1 << 14;

  private CpuCost() {}

  /**
   * Cost per character of {@code large} divided by cost per character of {@code small}, measured afresh up to three
   * times until a measurement is below {@code limit}; the least of them otherwise. Whatever else runs in this process
   * (the JIT compiling, a collection) only ever adds CPU time to a sample, so one busy measurement can read a linear
   * operation as 6.7 (it did, in a whole-suite run on a loaded machine); a cost that really grows faster than linear
   * reads above the limit every time.
   */
  static double growth(String small, String large, Consumer<String> handle, double limit) {
    for (int i = 0; i < 3; i++) {
      handle.accept(small);
      handle.accept(large);
    }
    double least = Double.MAX_VALUE;
    for (int attempt = 0; attempt < 3 && least >= limit; attempt++) {
      least = Math.min(least, perCharacter(large, handle) / perCharacter(small, handle));
    }
    return least;
  }

  /** Median CPU nanoseconds per character of handling {@code input}, over five samples. */
  static double perCharacter(String input, Consumer<String> handle) {
    // One long first measurement (the JIT compiling, a collection) can stop the doubling early; the process clock
    // ticks in steps of 10 ms here, so a sample that short reads as 0. Double until the median sample itself is long.
    int reps = 1;
    while (cpu(input, handle, reps) < SAMPLE_NANOS && reps < MAX_REPS) reps *= 2;
    while (true) {
      long[] samples = new long[5];
      for (int i = 0; i < samples.length; i++) samples[i] = cpu(input, handle, reps);
      Arrays.sort(samples);
      long median = samples[samples.length / 2];
      if (median >= SAMPLE_NANOS || reps >= MAX_REPS) {
        if (median <= 0) throw new IllegalStateException("no CPU time measured for " + reps + " repetitions");
        return median / (double) reps / input.length();
      }
      reps *= 2;
    }
  }

  private static long cpu(String input, Consumer<String> handle, int reps) {
    long start = OS.getProcessCpuTime();
    for (int i = 0; i < reps; i++) handle.accept(input);
    return OS.getProcessCpuTime() - start;
  }

  /** {@code piece} repeated to at least {@code length} characters, after {@code head}. */
  static String repeat(String head, String piece, int length) {
    StringBuilder out = new StringBuilder(head);
    while (out.length() < length) out.append(piece);
    return out.toString();
  }
}
