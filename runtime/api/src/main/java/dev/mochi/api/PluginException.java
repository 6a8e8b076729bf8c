package dev.mochi.api;

/** A failure that belongs to one plugin: its id is in {@link #plugin()} and in the message. */
public class PluginException extends MochiException {
  private final String plugin;

  public PluginException(String plugin, String message) {
    super("Plugin '" + plugin + "': " + message);
    this.plugin = plugin;
  }

  public PluginException(String plugin, String message, Throwable cause) {
    super("Plugin '" + plugin + "': " + message, cause);
    this.plugin = plugin;
  }

  public String plugin() { return plugin; }
}
