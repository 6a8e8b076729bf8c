package dev.mochi.core.config;

import java.util.Objects;

/**
 * The database: a JDBC URL ({@code jdbc:sqlite:data/mochi.db} by default, or {@code jdbc:postgresql://…}).
 *
 * @param poolSize connections for readers (SQLite keeps one writer besides)
 */
public record DatabaseConfig(String url, String user, String password, int poolSize) {
  public static final DatabaseConfig DEFAULT = new DatabaseConfig(null, null, null, 0);

  public DatabaseConfig {
    url = Objects.requireNonNullElse(url, "jdbc:sqlite:data/mochi.db");
    user = Objects.requireNonNullElse(user, "");
    password = Objects.requireNonNullElse(password, "");
    if (poolSize <= 0) poolSize = 4;
  }

  public static DatabaseConfig of(String url) { return new DatabaseConfig(url, null, null, 0); }
}
