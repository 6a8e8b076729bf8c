package dev.mochi.core.plugin;

import dev.mochi.api.Fork;
import dev.mochi.api.Plugin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;

/**
 * The host's record of one plugin jar. While the jar is active it holds the applied plugins and their forks;
 * unloading clears them, so afterwards nothing here references a class of the jar.
 */
final class Installed {
  /** One {@link Plugin} of the jar and the scope it was applied in. */
  record Applied(Plugin<?> plugin, Fork fork) {}

  final String id;
  Path source;
  PluginDescriptor descriptor;
  PluginState state = PluginState.FAILED;
  String error = "";
  Path copy;
  final List<Applied> applied = new ArrayList<>();
  final List<String> names = new ArrayList<>();

  Installed(String id, Path source, PluginDescriptor descriptor) {
    this.id = id;
    this.source = source;
    this.descriptor = descriptor;
  }

  String version() { return descriptor == null ? "?" : descriptor.getVersion(); }

  List<String> dependencyIds() {
    if (descriptor == null) return List.of();
    return descriptor.getDependencies().stream().map(PluginDependency::getPluginId).toList();
  }

  boolean dependsOn(String other) { return dependencyIds().contains(other); }

  PluginInfo info() {
    List<String> deps = descriptor == null ? List.of() : descriptor.getDependencies().stream()
        .map(d -> d.getPluginId() + "@" + d.getPluginVersionSupport() + (d.isOptional() ? "?" : "")).toList();
    String description = descriptor == null || descriptor.getPluginDescription() == null ? "" : descriptor.getPluginDescription();
    return new PluginInfo(id, version(), description, state,
        state == PluginState.FAILED ? Optional.of(error) : Optional.empty(), names, deps, source);
  }
}
