package dev.mochi.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Percentiles and medians as the anchor computes them, and the machine's load while a scenario runs. */
final class Stats {
  private Stats() {}

  /** The anchor's {@code pct}: the value at rank ceil(p·n) of the sorted values. */
  static double pct(double[] sorted, double p) {
    if (sorted.length == 0) return Double.NaN;
    int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
    return sorted[i];
  }

  static double median(List<Double> xs) {
    double[] s = xs.stream().filter(x -> x != null && Double.isFinite(x)).mapToDouble(Double::doubleValue).sorted().toArray();
    if (s.length == 0) return Double.NaN;
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  static double round(double x, int digits) {
    if (!Double.isFinite(x)) return x;
    double f = Math.pow(10, digits);
    return Math.round(x * f) / f;
  }

  static double[] sorted(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s;
  }

  /** CPU time of this process so far, in nanoseconds. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** A reading of the machine's busy time (from /proc/stat, in clock ticks of 10 ms) and of this process's CPU. */
  record Load(long busyTicks, long stealTicks, long nanos, long ownCpuNanos) {
    static Load now() {
      long busy = -1;
      long steal = 0;
      try {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long[] v = new long[f.length - 1];
        for (int i = 1; i < f.length; i++) v[i - 1] = Long.parseLong(f[i]);
        busy = v[0] + v[1] + v[2] + v[5] + v[6];
        steal = v.length > 7 ? v[7] : 0;
      } catch (IOException | RuntimeException e) {
        // not Linux: no load figures
      }
      return new Load(busy, steal, System.nanoTime(), processCpuNanos());
    }

    /** Cores used by other processes between this reading and {@code later}; NaN where /proc/stat is missing. */
    double otherCores(Load later) {
      if (busyTicks < 0 || later.busyTicks < 0) return Double.NaN;
      double sec = (later.nanos - nanos) / 1e9;
      double own = (later.ownCpuNanos - ownCpuNanos) / 1e9;
      return round(Math.max(0, (later.busyTicks - busyTicks) / 100.0 - own) / sec, 3);
    }

    double stealCores(Load later) {
      if (busyTicks < 0 || later.busyTicks < 0) return Double.NaN;
      return round((later.stealTicks - stealTicks) / 100.0 / ((later.nanos - nanos) / 1e9), 3);
    }
  }

  /** The 1-, 5- and 15-minute load averages, as {@code uptime} prints them. */
  static double[] loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])};
    } catch (IOException | RuntimeException e) {
      return new double[] {ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
    }
  }

  /** A field of /proc/self/status in MB ({@code VmRSS}, {@code VmHWM}), or NaN. */
  static double procStatusMb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) return round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0, 1);
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return Double.NaN;
  }
}
