package dev.mochi.core.status;

import dev.mochi.api.status.StatusSample;
import dev.mochi.api.status.SystemStatus;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The {@link SystemStatus} service: a sample every {@link #interval()}, the last hour kept. Each sample reads
 * counters that exist anyway — the JVM's CPU time and heap usage, the process's resident size from
 * {@code /proc/self/status} (Linux; elsewhere it is left empty), the dispatcher's sessions in flight, the data layer's
 * statement count, the bots' received counts, the dispatcher's refusals at its intake bounds — and turns the counting ones into rates over the time since the
 * previous sample. Nothing is measured on the message path.
 */
public final class StatusService implements SystemStatus {
  /** How often a sample is taken. */
  public static final Duration INTERVAL = Duration.ofSeconds(5);
  private static final int KEPT = (int) (Duration.ofHours(1).toMillis() / INTERVAL.toMillis());

  private final Clock clock;
  private final IntSupplier sessionsInFlight;
  private final LongSupplier statements;
  private final LongSupplier messagesPerMinute;
  private final Supplier<StatusSample.Refused> refused;
  private final Rss rss = new Rss();
  private final Deque<StatusSample> history = new ArrayDeque<>();
  private final int processors = Runtime.getRuntime().availableProcessors();
  private long lastNanos;
  /** The CPU time at the previous sample; -1 before the first, whose CPU share counts from the JVM's start. */
  private long lastCpuNanos = -1;
  private long lastStatements;

  /**
   * @param sessionsInFlight messages accepted and not yet finished
   * @param statements database statements executed so far
   * @param messagesPerMinute messages received by every bot in the last minute
   * @param refused messages refused at the dispatcher's intake bounds so far
   */
  public StatusService(Clock clock, IntSupplier sessionsInFlight, LongSupplier statements, LongSupplier messagesPerMinute,
                       Supplier<StatusSample.Refused> refused) {
    this.clock = clock;
    this.sessionsInFlight = sessionsInFlight;
    this.statements = statements;
    this.messagesPerMinute = messagesPerMinute;
    this.refused = refused;
    this.lastNanos = System.nanoTime();
    this.lastStatements = statements.getAsLong();
    // No CPU time read here: the operating system's MXBean costs 9 ms of a start to set up.
  }

  @Override public synchronized StatusSample sample() {
    return history.isEmpty() ? take() : history.peekLast();
  }

  @Override public synchronized List<StatusSample> history() { return List.copyOf(history); }

  @Override public Duration interval() { return INTERVAL; }

  /** Takes a sample now and keeps it (what the timer calls). */
  public synchronized StatusSample take() {
    long now = System.nanoTime();
    double seconds = Math.max(1e-3, (now - lastNanos) / 1e9);
    long cpu = processCpuNanos();
    long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
    // The first sample: the CPU time since the JVM started, over its uptime.
    double cpuSeconds = lastCpuNanos < 0 ? Math.max(1e-3, uptimeMs / 1e3) : seconds;
    OptionalDouble processCpu = cpu < 0 ? OptionalDouble.empty()
        : OptionalDouble.of(clamp((cpu - Math.max(0, lastCpuNanos)) / 1e9 / cpuSeconds / processors));
    long count = statements.getAsLong();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    StatusSample s = new StatusSample(clock.instant(), processCpu, systemCpu(), heap.getUsed(),
        heap.getMax() > 0 ? heap.getMax() : heap.getCommitted(), rss.bytes(),
        Duration.ofMillis(uptimeMs), sessionsInFlight.getAsInt(),
        (count - lastStatements) / seconds, messagesPerMinute.getAsLong(), refused.get());
    lastNanos = now;
    lastCpuNanos = cpu;
    lastStatements = count;
    history.addLast(s);
    while (history.size() > KEPT) history.removeFirst();
    return s;
  }

  private static double clamp(double share) { return Math.max(0, Math.min(1, share)); }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static OptionalDouble systemCpu() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      double load = os.getCpuLoad();
      if (load >= 0) return OptionalDouble.of(clamp(load));
    }
    return OptionalDouble.empty();
  }

  /** The process's resident size from procfs; once it cannot be read, it is not tried again. */
  private static final class Rss {
    private static final java.nio.file.Path STATUS = java.nio.file.Path.of("/proc/self/status");
    private boolean unavailable;

    OptionalLong bytes() {
      if (unavailable) return OptionalLong.empty();
      try {
        for (String line : java.nio.file.Files.readAllLines(STATUS)) {
          if (line.startsWith("VmRSS:")) {
            String kb = line.substring(6).strip().split("\\s+")[0];
            return OptionalLong.of(Long.parseLong(kb) * 1024);
          }
        }
      } catch (java.io.IOException | RuntimeException e) {
        // not Linux, or no procfs: the sample says "unknown" from now on
      }
      unavailable = true;
      return OptionalLong.empty();
    }
  }
}
