package dev.mochi.api.status;

import java.time.Duration;
import java.util.List;

/**
 * How the bot's process is doing (a service: reach it with {@code ctx.get(SystemStatus.class)}). The kernel takes a
 * sample every {@link #interval()} and keeps the last hour; each sample costs a few reads of counters the JVM and
 * the operating system keep anyway.
 */
public interface SystemStatus {

  /** The latest sample (taken at most {@link #interval()} ago; taken now when none exists yet). */
  StatusSample sample();

  /** The samples of the last hour at most, oldest first. */
  List<StatusSample> history();

  /** How often a sample is taken. */
  Duration interval();
}
