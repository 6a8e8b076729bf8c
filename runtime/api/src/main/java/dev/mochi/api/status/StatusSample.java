package dev.mochi.api.status;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The bot's process at one moment, for the console's status page.
 *
 * @param time when it was taken
 * @param processCpu the share of all CPUs this process used since the previous sample (0–1); empty where the JVM
 *     cannot tell
 * @param systemCpu the share of all CPUs the whole machine used (0–1); empty where the JVM cannot tell
 * @param heapUsed bytes of heap in use
 * @param heapMax the heap's limit in bytes (its committed size when it has none)
 * @param rss the process's resident memory in bytes; empty where the operating system does not tell
 * @param uptime how long the process has run
 * @param sessionsInFlight messages accepted and not yet finished
 * @param statementsPerSecond database statements per second since the previous sample
 * @param messagesPerMinute messages received by every bot in the last minute
 */
public record StatusSample(Instant time, OptionalDouble processCpu, OptionalDouble systemCpu, long heapUsed,
                           long heapMax, OptionalLong rss, Duration uptime, int sessionsInFlight,
                           double statementsPerSecond, long messagesPerMinute) {}
