package dev.mochi.core;

import dev.mochi.api.bot.Bots;
import dev.mochi.api.data.Users;
import dev.mochi.api.plugin.Plugins;
import dev.mochi.core.bot.BotsService;
import dev.mochi.core.data.UsersService;
import dev.mochi.core.plugin.PluginsService;

/**
 * The services the kernel provides to every plugin through {@code ctx.get} / {@code ctx.inject}: {@link Bots},
 * {@link Plugins}, {@link Users}. They are provided by the root scope, so they exist from the moment the app is
 * built until it is closed.
 */
final class KernelServices {
  private KernelServices() {}

  static void provide(App app) {
    var root = app.root();
    root.provide(Bots.class, new BotsService(app.bots()));
    root.provide(Plugins.class, new PluginsService(app::plugins, app.codePlugins(), app.pluginSections(),
        app.configLoader().mapper()));
    root.provide(Users.class, new UsersService(app.data()));
  }
}
