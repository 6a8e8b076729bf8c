package dev.mochi.core.config;

import java.util.Objects;

/** Where the web console listens (used by the console when it is installed). */
public record ConsoleConfig(String host, int port) {
  public static final ConsoleConfig DEFAULT = new ConsoleConfig(null, 0);

  public ConsoleConfig {
    host = Objects.requireNonNullElse(host, "127.0.0.1");
    if (port == 0) port = 5140;
    if (port < 0 || port > 65535) throw new ConfigException("console.port", "a port from 1 to 65535", String.valueOf(port));
  }
}
