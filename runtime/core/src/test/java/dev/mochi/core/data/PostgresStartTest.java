package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.mochi.api.data.Filter;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Starting on PostgreSQL logs nothing the owner should act on (jOOQ's dialect-version notice is not one). */
class PostgresStartTest {
  @Test void aPostgresStartLogsNoWarning() {
    String schema = TestDatabases.postgresSchema();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root.addAppender(captured);
    try (DataEngine engine = TestDatabases.postgres(schema)) {
      engine.database.get("user", Filter.eq("id", 1), "id");
    } finally {
      root.detachAppender(captured);
      TestDatabases.dropPostgresSchema(schema);
    }
    assertThat(captured.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).isEmpty();
  }
}
