package dev.mochi.api.log;

import java.util.Objects;
import java.util.Optional;

/**
 * Which records {@link Logs#recent(LogQuery)} returns: at least a level, of one plugin (or all), after a sequence
 * number, at most a number of them (the newest).
 *
 * <pre>{@code logs.recent(LogQuery.all().atLeast(LogLevel.WARN).plugin("lottery").limit(50))}</pre>
 *
 * @param level the lowest level returned
 * @param plugin only records of this plugin; empty for all
 * @param after only records with a greater sequence number ({@code -1} for all)
 * @param limit at most this many, the newest ones
 */
public record LogQuery(LogLevel level, Optional<String> plugin, long after, int limit) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException when {@code limit} is not positive
   */
  public LogQuery {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(plugin, "plugin");
    if (limit <= 0) throw new IllegalArgumentException("limit must be positive, got " + limit);
  }

  /** Every level, every plugin, the newest {@value Integer#MAX_VALUE} at most: everything the ring holds. */
  public static LogQuery all() {
    return new LogQuery(LogLevel.TRACE, Optional.empty(), -1, Integer.MAX_VALUE);
  }

  /** This query, for records of {@code level} or higher. */
  public LogQuery atLeast(LogLevel level) {
    return new LogQuery(level, plugin, after, limit);
  }

  /** This query, for records of one plugin. */
  public LogQuery plugin(String plugin) {
    return new LogQuery(level, Optional.of(plugin), after, limit);
  }

  /** This query, for records after sequence number {@code sequence}. */
  public LogQuery after(long sequence) {
    return new LogQuery(level, plugin, sequence, limit);
  }

  /** This query, for the newest {@code limit} records at most. */
  public LogQuery limit(int limit) {
    return new LogQuery(level, plugin, after, limit);
  }

  /** Whether {@code record} passes this query's level, plugin and sequence filters. */
  public boolean matches(LogRecord record) {
    return record.level().atLeast(level) && record.sequence() > after
        && (plugin.isEmpty() || record.plugin().equals(plugin));
  }
}
