package dev.mochi.core.config;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How much a reply promises about the write behind it ({@code database.durability} in {@code bot.yml}). Either way a
 * reply is sent only after the transaction holding its writes has committed; the levels differ in what the commit
 * survives. On PostgreSQL the server's own settings decide ({@code synchronous_commit}, {@code fsync}).
 */
public enum Durability {
  /**
   * SQLite in WAL mode with {@code synchronous=NORMAL}: a committed write survives the bot process being killed
   * ({@code kill -9}, a crash, an out-of-memory kill) because it is in the operating system's hands; an operating
   * system crash or a power loss may undo the last commits (never corrupts the file).
   */
  CRASH_SAFE("crash-safe"),
  /** SQLite in WAL mode with {@code synchronous=FULL}: every commit is on the disk (fsync) before the reply. */
  POWER_LOSS_SAFE("power-loss-safe");

  private final String key;

  Durability(String key) {
    this.key = key;
  }

  /** The name in {@code bot.yml}. */
  @JsonValue public String key() { return key; }

  /** SQLite's {@code synchronous} pragma for this level. */
  public String sqliteSynchronous() { return this == CRASH_SAFE ? "NORMAL" : "FULL"; }

  /** The level named {@code key} in {@code bot.yml}, or an error that lists the levels. */
  public static Durability of(String key) {
    for (Durability d : values()) if (d.key.equalsIgnoreCase(key.strip())) return d;
    throw new ConfigException("database.durability: expected crash-safe or power-loss-safe, got '" + key + "'",
        "database.durability", (Throwable) null);
  }

  @Override public String toString() { return key; }
}
