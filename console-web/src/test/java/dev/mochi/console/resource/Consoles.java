package dev.mochi.console.resource;

import dev.mochi.api.Plugin;
import dev.mochi.console.ConsolePlugin;
import dev.mochi.core.config.DatabaseConfig;
import dev.mochi.testkit.MochiTest;
import at.favre.lib.crypto.bcrypt.BCrypt;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;

/** Bots with the console on a free port and a plugin of the test, on a SQLite file or on the local PostgreSQL. */
final class Consoles {
  static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

  private Consoles() {}

  /** A console on a port of its own beside {@code plugin}; {@link #port} says which. */
  static MochiTest sqlite(Plugin<Void> plugin, int port) {
    return MochiTest.create().plugin(new ConsolePlugin(), ConsolePlugin.Config.defaults().withPort(port)).plugin(plugin, null);
  }

  /** The same on a fresh PostgreSQL schema per test; the test is skipped, saying why, when PostgreSQL is not there. */
  static MochiTest postgres(Plugin<Void> plugin, int port) {
    return sqlite(plugin, port).configure(b -> b.database(new DatabaseConfig(PG + "?currentSchema=" + schema(), "postgres", "", 4)));
  }

  private static String schema() {
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(PG, "postgres", ""); Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL at 127.0.0.1:5432 (database test, user postgres) is not reachable: " + e.getMessage());
    }
    SCHEMAS.add(schema);
    return schema;
  }

  /** Drops the schemas the tests made. */
  static void dropSchemas() {
    try (Connection c = DriverManager.getConnection(PG, "postgres", ""); Statement s = c.createStatement()) {
      for (String schema : SCHEMAS) s.execute("drop schema if exists " + schema + " cascade");
      SCHEMAS.clear();
    } catch (SQLException e) {
      // nothing was made there
    }
  }

  /**
   * Gives user {@code userId} a console login {@code name} (a row of {@code console_login} with a bcrypt hash, as the
   * owner's setup makes one) and logs in with {@code login.password} over HTTP; returns the token the console issued.
   */
  static String login(MochiTest mochi, int port, long userId, String name) {
    String password = "pass-" + name + "-word";
    mochi.app().root().database().create("console_login", Map.of("userId", userId, "name", name,
        "passwordHash", BCrypt.withDefaults().hashToString(4, password.toCharArray()), "passwordChangedAt", Instant.now()));
    Wire.Answer a = new Wire(port, null).post("login.password", Map.of("name", name, "password", password));
    if (a.status() != 200) throw new AssertionError("login of " + name + " failed: " + a.body());
    return a.data().get("token").asText();
  }

  /** A port nothing listens on now. */
  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
