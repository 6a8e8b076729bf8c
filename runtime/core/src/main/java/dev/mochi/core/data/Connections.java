package dev.mochi.core.data;

import com.zaxxer.hikari.HikariDataSource;
import dev.mochi.api.data.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * The connection pools and the jOOQ contexts over them.
 *
 * <p>SQLite allows one writer at a time, so writes go through a pool of exactly one connection (WAL,
 * {@code BEGIN IMMEDIATE}, {@code synchronous} as {@link DataSettings#durability()} says: {@code NORMAL} survives
 * the process being killed, {@code FULL} a power loss too) and reads through a separate pool that runs in parallel
 * with it (WAL readers never block the writer). {@code case_sensitive_like} makes {@code LIKE} agree with
 * PostgreSQL and with the in-memory evaluator. PostgreSQL uses one pool for both.
 */
final class Connections implements AutoCloseable {
  static {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  final SQLDialect dialect;
  final DSLContext writer;
  final DSLContext reader;
  final StatementCounter counter = new StatementCounter();
  private final HikariDataSource writePool;
  private final HikariDataSource readPool;
  private final Lease lease;

  Connections(DataSettings settings) {
    String url = settings.url();
    if (!settings.sqlite() && !url.startsWith("jdbc:postgresql:")) {
      throw new DataException("Database URL '" + url + "' is not supported; use jdbc:sqlite:<file> or "
          + "jdbc:postgresql://<host>/<database> under database.url in bot.yml");
    }
    if (settings.sqlite()) {
      createParent(url);
      SqliteNative.prepare();
    }
    lease = Lease.acquire(settings);
    try {
      if (settings.sqlite()) {
        dialect = SQLDialect.SQLITE;
        writePool = pool(settings, "mochi-writer", 1, true);
        readPool = pool(settings, "mochi-reader", settings.poolSize(), false);
      } else {
        dialect = SQLDialect.POSTGRES;
        writePool = pool(settings, "mochi-db", Math.max(2, settings.poolSize()), false);
        readPool = writePool;
      }
    } catch (RuntimeException e) {
      lease.close();
      throw e;
    }
    writer = context(writePool);
    reader = readPool == writePool ? writer : context(readPool);
  }

  private DSLContext context(HikariDataSource ds) {
    DefaultConfiguration c = new DefaultConfiguration();
    c.set(ds);
    c.set(dialect);
    c.set(new Settings().withExecuteLogging(false).withRenderSchema(false));
    c.set(new DefaultExecuteListenerProvider(counter));
    return DSL.using(c);
  }

  /**
   * A pool configured on the data source itself and started by a first connection taken here, so that a database
   * that cannot be opened fails the start as before. (Hikari's {@code HikariDataSource(HikariConfig)} copies every
   * field of the configuration by reflection: 14 ms of a start.)
   */
  private static HikariDataSource pool(DataSettings s, String name, int size, boolean writer) {
    HikariDataSource c = new HikariDataSource();
    c.setPoolName(name);
    c.setJdbcUrl(s.url());
    if (s.user() != null && !s.user().isBlank()) c.setUsername(s.user());
    if (s.password() != null && !s.password().isEmpty()) c.setPassword(s.password());
    c.setMaximumPoolSize(size);
    c.setMinimumIdle(1);
    c.setConnectionTimeout(30_000);
    if (s.sqlite()) {
      c.addDataSourceProperty("journal_mode", "WAL");
      c.addDataSourceProperty("synchronous", s.durability().sqliteSynchronous());
      c.addDataSourceProperty("busy_timeout", "10000");
      c.addDataSourceProperty("case_sensitive_like", "true");
      c.addDataSourceProperty("foreign_keys", "true");
      if (writer) c.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    }
    try {
      c.getConnection().close();
      return c;
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw new DataException("Cannot open the database at '" + s.url() + "': " + e.getMessage()
          + "; check database.url, database.user and database.password in bot.yml", e);
    }
  }

  /** The file of a SQLite URL, or null for an in-memory database. */
  static Path sqliteFile(String url) {
    String path = url.substring("jdbc:sqlite:".length());
    if (path.startsWith("file:")) path = path.substring(5);
    int q = path.indexOf('?');
    if (q >= 0) path = path.substring(0, q);
    if (path.isEmpty() || path.equals(":memory:") || path.startsWith(":")) return null;
    return Path.of(path).toAbsolutePath();
  }

  private static void createParent(String url) {
    Path file = sqliteFile(url);
    Path parent = file == null ? null : file.getParent();
    try {
      if (parent != null) Files.createDirectories(parent);
    } catch (IOException e) {
      throw new DataException("Cannot create the database folder " + parent + ": " + e.getMessage(), e);
    }
  }

  @Override public void close() {
    try {
      if (readPool != writePool) readPool.close();
      writePool.close();
    } finally {
      lease.close();
    }
  }
}
