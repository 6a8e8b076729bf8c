package dev.mochi.core.plugin;

import java.util.Optional;

/** The host's records as the {@code dev.mochi.api.plugin} types the {@link PluginsService} hands out. */
final class ApiInfos {
  private ApiInfos() {}

  static dev.mochi.api.plugin.PluginInfo of(PluginInfo info) {
    return new dev.mochi.api.plugin.PluginInfo(info.id(), info.version(), info.description(), of(info.state()),
        info.error(), info.plugins(), info.dependencies(), Optional.of(info.source()));
  }

  static dev.mochi.api.plugin.PluginState of(PluginState state) {
    return dev.mochi.api.plugin.PluginState.valueOf(state.name());
  }
}
