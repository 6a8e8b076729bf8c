package dev.mochi.core.data;

import java.time.Duration;

/**
 * What the data layer is configured with: the JDBC URL and credentials, the reader pool size, and the
 * bounds of the shared entity-state cache.
 */
record DataSettings(String url, String user, String password, int poolSize, long cacheSize, Duration cacheExpiry) {
  static final String DEFAULT_URL = "jdbc:sqlite:data/mochi.db";

  DataSettings {
    if (url == null || url.isBlank()) url = DEFAULT_URL;
    if (poolSize <= 0) poolSize = 4;
    if (cacheSize <= 0) cacheSize = 50_000;
    if (cacheExpiry == null) cacheExpiry = Duration.ofMinutes(30);
  }

  static DataSettings of(String url) {
    return new DataSettings(url, null, null, 0, 0, null);
  }

  boolean sqlite() {
    return url.startsWith("jdbc:sqlite:");
  }
}
