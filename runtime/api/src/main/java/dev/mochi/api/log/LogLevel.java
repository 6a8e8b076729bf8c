package dev.mochi.api.log;

/** The level of a log record, lowest first. */
public enum LogLevel {
  /** Step-by-step detail. */
  TRACE,
  /** Detail for whoever debugs the bot. */
  DEBUG,
  /** What the bot does. */
  INFO,
  /** Something an operator may want to look at. */
  WARN,
  /** Something failed. */
  ERROR;

  /** Whether this level is {@code other} or higher. */
  public boolean atLeast(LogLevel other) {
    return compareTo(other) >= 0;
  }
}
