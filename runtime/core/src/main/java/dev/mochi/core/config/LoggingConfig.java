package dev.mochi.core.config;

import java.util.Objects;

/**
 * Logging ({@code logging} in {@code bot.yml}). The levels and the appenders themselves are Logback's, configured by
 * the {@code logback.xml} the runtime ships (or one given with {@code -Dlogback.configurationFile}).
 *
 * @param ringSize how many recent records the {@code Logs} service keeps in memory for the console (10 to 100000)
 * @param dir the directory of the rotating log file ({@code mochi.log}, rolled daily and at 10 MB into
 *     {@code mochi-DATE.N.log.gz}, 14 days and 200 MB kept); empty for where {@code logback.xml} puts it
 *     ({@code -Dmochi.log.dir}, else {@code $MOCHI_LOG_DIR}, else {@code data/logs})
 */
public record LoggingConfig(int ringSize, String dir) {
  public static final LoggingConfig DEFAULT = new LoggingConfig(0, null);

  public LoggingConfig {
    if (ringSize == 0) ringSize = 2000;
    if (ringSize < 10 || ringSize > 100_000) {
      throw new ConfigException("logging.ring-size", "a number from 10 to 100000", String.valueOf(ringSize));
    }
    dir = dir == null ? "" : dir.strip();
  }

  /** The directory {@code bot.yml} names, if it names one. */
  public java.util.Optional<java.nio.file.Path> directory() {
    return dir.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(java.nio.file.Path.of(dir));
  }
}
