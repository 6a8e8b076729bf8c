package dev.mochi.api.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A plugin as the console's plugin page shows it: a plugin jar (which may apply several {@code Plugin}s), or a
 * plugin applied from code or the class path. A snapshot made by {@link Plugins}.
 *
 * @param id the jar's plugin id, or the plugin's name for one applied from code
 * @param version the jar's version; for one applied from code, its package's implementation version or empty
 * @param description the jar descriptor's description; empty when none
 * @param state active, disabled or failed
 * @param error why it failed; empty unless {@link PluginState#FAILED}
 * @param plugins names of the {@code Plugin}s it applied: their configuration keys ({@code plugins.<name>} in
 *     {@code bot.yml}) and the names {@link Plugins#config(String)} and {@link Plugins#configure} take
 * @param dependencies the plugin ids it needs, with their version ranges ({@code id@range})
 * @param source the jar it was loaded from; empty for a plugin applied from code or the class path
 */
public record PluginInfo(String id, String version, String description, PluginState state, Optional<String> error,
                         List<String> plugins, List<String> dependencies, Optional<Path> source) {

  /** Copies the lists. */
  public PluginInfo {
    plugins = List.copyOf(plugins);
    dependencies = List.copyOf(dependencies);
  }

  /** Whether its commands are live ({@link PluginState#ACTIVE}). */
  public boolean active() {
    return state == PluginState.ACTIVE;
  }

  /** Whether it came from a jar (and can be installed, replaced and uninstalled). */
  public boolean fromJar() {
    return source.isPresent();
  }
}
