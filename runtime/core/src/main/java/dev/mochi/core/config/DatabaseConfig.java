package dev.mochi.core.config;

import java.util.Objects;

/**
 * The database: a JDBC URL ({@code jdbc:sqlite:data/mochi.db} by default, or {@code jdbc:postgresql://…}).
 *
 * @param poolSize connections for readers (SQLite keeps one writer besides)
 * @param durability what a commit survives before the reply is sent ({@link Durability#CRASH_SAFE} by default)
 */
public record DatabaseConfig(String url, String user, String password, int poolSize, Durability durability) {
  public static final DatabaseConfig DEFAULT = new DatabaseConfig(null, null, null, 0, null);

  public DatabaseConfig {
    url = Objects.requireNonNullElse(url, "jdbc:sqlite:data/mochi.db");
    user = Objects.requireNonNullElse(user, "");
    password = Objects.requireNonNullElse(password, "");
    if (poolSize <= 0) poolSize = 4;
    durability = Objects.requireNonNullElse(durability, Durability.CRASH_SAFE);
  }

  /** Without a durability: the default level. */
  public DatabaseConfig(String url, String user, String password, int poolSize) {
    this(url, user, password, poolSize, null);
  }

  public static DatabaseConfig of(String url) { return new DatabaseConfig(url, null, null, 0, null); }

  public DatabaseConfig withDurability(Durability level) { return new DatabaseConfig(url, user, password, poolSize, level); }

  /** With the level named as in {@code bot.yml} ({@code crash-safe}, {@code power-loss-safe}). */
  public DatabaseConfig withDurability(String level) { return withDurability(Durability.of(level)); }
}
