package dev.mochi.api.plugin;

import dev.mochi.api.PluginException;

/**
 * A configuration was refused: {@link #key()} names the field ({@code "max-items"}, {@code "limits.daily"}) and the
 * message says what was expected. The plugin keeps running with its previous configuration.
 */
public class InvalidConfigException extends PluginException {
  /** The path of the offending field, empty for the whole section. */
  private final String key;

  /**
   * A refusal of plugin {@code plugin}'s configuration.
   *
   * @param plugin the plugin's name
   * @param key the path of the offending field inside the plugin's section; empty for the section as a whole
   * @param message what is wrong and what is expected
   */
  public InvalidConfigException(String plugin, String key, String message) {
    super(plugin, message);
    this.key = key;
  }

  /** The path of the offending field inside the plugin's section ({@code "max-items"}); empty for the whole section. */
  public String key() {
    return key;
  }
}
