package dev.mochi.core.config;

import dev.mochi.api.MochiException;

/** A configuration value is wrong: the message names the key, the line (when known) and what was expected. */
public final class ConfigException extends MochiException {
  private final String key;

  public ConfigException(String key, String expected, String actual) {
    super("Configuration key '" + key + "': expected " + expected + ", got " + actual);
    this.key = key;
  }

  public ConfigException(String message, String key, Throwable cause) {
    super(message, cause);
    this.key = key;
  }

  public String key() { return key; }
}
