package dev.mochi.api.log;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The bot's recent log records (a service: reach it with {@code ctx.get(Logs.class)}). The newest records are kept
 * in a bounded ring ({@code logging.ring-size} in {@code bot.yml}); every new record is also delivered as
 * {@link dev.mochi.api.Events#LOG}, after it was logged and on another thread, so a listener never slows the code
 * that logs. Logs also go to a rotating file under {@code logging.dir} ({@code data/logs/} by default).
 *
 * <pre>{@code
 * ctx.inject(Logs.class, logs -> {
 *   show(logs.recent(LogQuery.all().atLeast(LogLevel.INFO).limit(200)));
 *   ctx.on(Events.LOG, record -> push(record));
 * });
 * }</pre>
 */
public interface Logs {

  /** The records the ring holds that match {@code query}, oldest first. */
  List<LogRecord> recent(LogQuery query);

  /** How many records the ring holds at most. */
  int capacity();

  /** The file logs are written to now; empty when file logging is off. */
  Optional<Path> file();
}
