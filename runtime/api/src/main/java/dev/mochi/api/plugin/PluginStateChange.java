package dev.mochi.api.plugin;

import java.util.Optional;

/**
 * Payload of {@link dev.mochi.api.Events#PLUGIN_STATE}: a plugin was loaded, reloaded, reconfigured, enabled,
 * disabled, failed, installed or uninstalled.
 *
 * @param plugin the plugin as it is now
 * @param previous its state before; empty when it was not known before (a new jar)
 * @param removed whether it was uninstalled (then {@code plugin} is its last state)
 */
public record PluginStateChange(PluginInfo plugin, Optional<PluginState> previous, boolean removed) {}
