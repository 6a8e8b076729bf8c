package dev.mochi.core.data;

import dev.mochi.api.data.Filter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/** Real databases for tests: a SQLite file in a temp folder, or a fresh schema on the local PostgreSQL. */
final class TestDatabases {
  static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";

  private TestDatabases() {}

  /** A session of {@code user} on platform {@code test} in channel {@code room}, with {@link Wallet}'s coins declared. */
  static SessionDataImpl walletSession(DataEngine engine, String user) {
    SessionDataImpl s = engine.open(new Identity("test", user, user, "room", ""));
    s.declareUserFields(List.of("coins"));
    return s;
  }

  /** The coins stored for {@code user} of platform {@code test}, read from the database. */
  static int storedCoins(DataEngine engine, String user) {
    long id = walletSession(engine, user).user().id();
    return engine.database.get("user", Filter.eq("id", id), "coins").getFirst().get("coins", Integer.class);
  }

  static DataEngine sqlite(Path dir) {
    return new DataEngine(DataSettings.of("jdbc:sqlite:" + dir.resolve("mochi.db")));
  }

  /** A PostgreSQL schema of its own; skips the test (with the reason) when the server is not reachable. */
  static String postgresSchema() {
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(PG, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL at 127.0.0.1:5432 (database test, user postgres) is not reachable: " + e.getMessage());
    }
    return schema;
  }

  static void delete(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) return;
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  static DataEngine postgres(String schema) {
    return new DataEngine(new DataSettings(PG + "?currentSchema=" + schema, "postgres", "", 4, 0, null));
  }

  static void dropPostgresSchema(String schema) {
    try (Connection c = DriverManager.getConnection(PG, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop test schema " + schema, e);
    }
  }
}
