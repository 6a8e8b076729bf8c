package dev.mochi.api;

/** A failure that belongs to one plugin: its id is in {@link #plugin()} and in the message. */
public class PluginException extends MochiException {
  /** The name of the plugin the error is about. */
  private final String plugin;

  /** An error of plugin {@code plugin}: the message is prefixed with {@code Plugin '<plugin>': }. */
  public PluginException(String plugin, String message) {
    super("Plugin '" + plugin + "': " + message);
    this.plugin = plugin;
  }

  /** An error of plugin {@code plugin} caused by {@code cause}; the message is prefixed as by the other constructor. */
  public PluginException(String plugin, String message, Throwable cause) {
    super("Plugin '" + plugin + "': " + message, cause);
    this.plugin = plugin;
  }

  /** The name of the plugin the error is about. */
  public String plugin() { return plugin; }
}
