package dev.mochi.core.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the host knows about one plugin jar.
 *
 * @param id the jar's plugin id (from its descriptor)
 * @param version the jar's version
 * @param description the descriptor's description, empty when none
 * @param state loaded, disabled or failed
 * @param error why it failed; empty unless {@link PluginState#FAILED}
 * @param plugins names of the {@link dev.mochi.api.Plugin}s it applied (their {@code bot.yml} sections)
 * @param dependencies the plugin ids it needs, with their version ranges ({@code id@range})
 * @param source the jar file it was loaded from
 */
public record PluginInfo(String id, String version, String description, PluginState state, Optional<String> error,
    List<String> plugins, List<String> dependencies, Path source) {

  public PluginInfo {
    plugins = List.copyOf(plugins);
    dependencies = List.copyOf(dependencies);
  }

  /** Whether its commands are live. */
  public boolean active() { return state == PluginState.ACTIVE; }
}
