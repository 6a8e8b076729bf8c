package dev.mochi.core.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Per-plugin log levels: a plugin logs through {@code plugin.<name>} ({@code ctx.logger()}), so its level is that
 * logger's level in Logback. Set from {@code logging.levels} at start and from chat ({@code plugin log NAME LEVEL});
 * {@code default} gives the logger back to the levels of the logging configuration ({@link LogConfigurator}'s, or
 * an owner's {@code logback.xml}).
 */
public final class PluginLogLevels {
  private PluginLogLevels() {}

  /** Applies {@code logging.levels} ({@code name → level}). */
  public static void apply(Map<String, String> levels) {
    levels.forEach(PluginLogLevels::set);
  }

  /** Sets plugin {@code name}'s level ({@code trace} … {@code off}, or {@code default}); false without Logback. */
  public static boolean set(String name, String level) {
    Optional<Logger> logger = logger(name);
    logger.ifPresent(l -> l.setLevel(level.equalsIgnoreCase("default") ? null : Level.toLevel(level.toUpperCase(Locale.ROOT), null)));
    return logger.isPresent();
  }

  /** Plugin {@code name}'s effective level, lower case ({@code info}), or empty without Logback. */
  public static Optional<String> level(String name) {
    return logger(name).map(l -> l.getEffectiveLevel().toString().toLowerCase(Locale.ROOT));
  }

  private static Optional<Logger> logger(String name) {
    return LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        ? Optional.of(context.getLogger("plugin." + name)) : Optional.empty();
  }
}
