package dev.mochi.core.config;

import java.util.Objects;

/**
 * Logging ({@code logging} in {@code bot.yml}). The levels and the appenders themselves are Logback's, set up by the
 * runtime in code ({@code dev.mochi.core.log.LogConfigurator}), or by a {@code logback.xml} of the owner's given with
 * {@code -Dlogback.configurationFile}.
 *
 * @param ringSize how many recent records the {@code Logs} service keeps in memory for the console (10 to 100000)
 * @param dir the directory of the rotating log file ({@code mochi.log}, rolled daily and at 10 MB into
 *     {@code mochi-DATE.N.log.gz}, 14 days and 200 MB kept); empty for the runtime's default
 *     ({@code -Dmochi.log.dir}, else {@code $MOCHI_LOG_DIR}, else {@code data/logs})
 * @param levels a log level per plugin name ({@code lottery: debug}), for the logger {@code plugin.<name>} that
 *     {@code ctx.logger()} returns; the other loggers keep the levels of the logging configuration
 */
public record LoggingConfig(int ringSize, String dir, java.util.Map<String, String> levels) {
  public static final LoggingConfig DEFAULT = new LoggingConfig(0, null);

  /** The levels a plugin's log may be set to. */
  public static final java.util.List<String> LEVELS = java.util.List.of("trace", "debug", "info", "warn", "error", "off");

  /** Without per-plugin levels. */
  public LoggingConfig(int ringSize, String dir) {
    this(ringSize, dir, null);
  }

  public LoggingConfig {
    if (ringSize == 0) ringSize = 2000;
    if (ringSize < 10 || ringSize > 100_000) {
      throw new ConfigException("logging.ring-size", "a number from 10 to 100000", String.valueOf(ringSize));
    }
    dir = dir == null ? "" : dir.strip();
    levels = levels == null ? java.util.Map.of() : java.util.Map.copyOf(levels);
    for (var e : levels.entrySet()) {
      if (!LEVELS.contains(e.getValue().toLowerCase(java.util.Locale.ROOT))) {
        throw new ConfigException("logging.levels." + e.getKey(), String.join(", ", LEVELS), "'" + e.getValue() + "'");
      }
    }
  }

  /** The directory {@code bot.yml} names, if it names one. */
  public java.util.Optional<java.nio.file.Path> directory() {
    return dir.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(java.nio.file.Path.of(dir));
  }
}
