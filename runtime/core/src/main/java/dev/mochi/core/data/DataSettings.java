package dev.mochi.core.data;

import dev.mochi.core.config.Durability;
import java.time.Duration;

/**
 * What the data layer is configured with: the JDBC URL and credentials, the reader pool size, the bounds of the
 * shared entity-state cache, and what a commit must survive before the session that made it replies.
 */
record DataSettings(String url, String user, String password, int poolSize, long cacheSize, Duration cacheExpiry,
                    Durability durability) {
  static final String DEFAULT_URL = "jdbc:sqlite:data/mochi.db";

  DataSettings {
    if (url == null || url.isBlank()) url = DEFAULT_URL;
    if (poolSize <= 0) poolSize = 4;
    if (cacheSize <= 0) cacheSize = 50_000;
    if (cacheExpiry == null) cacheExpiry = Duration.ofMinutes(30);
    if (durability == null) durability = Durability.CRASH_SAFE;
  }

  DataSettings(String url, String user, String password, int poolSize, long cacheSize, Duration cacheExpiry) {
    this(url, user, password, poolSize, cacheSize, cacheExpiry, null);
  }

  static DataSettings of(String url) {
    return new DataSettings(url, null, null, 0, 0, null, null);
  }

  DataSettings withDurability(Durability level) {
    return new DataSettings(url, user, password, poolSize, cacheSize, cacheExpiry, level);
  }

  boolean sqlite() {
    return url.startsWith("jdbc:sqlite:");
  }
}
