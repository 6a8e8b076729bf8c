package dev.mochi.api.status;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The bot's process at one moment, for the console's status page.
 *
 * <p>Counts since start ({@link #refused()}) only grow, so the difference between two samples is what happened
 * between them:
 *
 * <pre>{@code
 * List<StatusSample> hour = status.history();
 * long refusedThisHour = hour.getLast().refused().total() - hour.getFirst().refused().total();
 * }</pre>
 *
 * @param time when it was taken
 * @param processCpu the share of all CPUs this process used since the previous sample (0–1; the first sample: since
 *     the process started); empty where the JVM cannot tell
 * @param systemCpu the share of all CPUs the whole machine used (0–1); empty where the JVM cannot tell
 * @param heapUsed bytes of heap in use
 * @param heapMax the heap's limit in bytes (its committed size when it has none)
 * @param rss the process's resident memory in bytes; empty where the operating system does not tell
 * @param uptime how long the process has run
 * @param sessionsInFlight messages accepted and not yet finished
 * @param statementsPerSecond database statements per second since the previous sample
 * @param messagesPerMinute messages received by every bot in the last minute
 * @param refused messages refused since start because the dispatcher's intake was full, by bound
 */
public record StatusSample(Instant time, OptionalDouble processCpu, OptionalDouble systemCpu, long heapUsed,
                           long heapMax, OptionalLong rss, Duration uptime, int sessionsInFlight,
                           double statementsPerSecond, long messagesPerMinute, Refused refused) {

  /**
   * Messages refused since start at the dispatcher's intake bounds (set in {@code bot.yml}): a refused message is not
   * handled, and its adapter is told why. Raising the bound that refused them lets more messages wait, at about 1 KB
   * of heap each.
   *
   * @param perUser refused because {@code dispatcher.max-pending-per-user} messages of their user were already waiting
   * @param overall refused because {@code dispatcher.max-pending} messages were accepted and not finished
   */
  public record Refused(long perUser, long overall) {
    /** No message refused. */
    public static final Refused NONE = new Refused(0, 0);

    /** Messages refused at either bound. */
    public long total() { return perUser + overall; }
  }
}
