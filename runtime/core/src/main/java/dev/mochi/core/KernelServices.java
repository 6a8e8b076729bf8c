package dev.mochi.core;

import dev.mochi.api.bot.Bots;
import dev.mochi.api.data.Users;
import dev.mochi.api.plugin.Plugins;
import dev.mochi.api.log.Logs;
import dev.mochi.api.status.SystemStatus;
import dev.mochi.core.status.StatusService;
import java.time.Clock;
import dev.mochi.core.bot.BotsService;
import dev.mochi.core.data.UsersService;
import dev.mochi.core.plugin.PluginsService;

/**
 * The services the kernel provides to every plugin through {@code ctx.get} / {@code ctx.inject}: {@link Bots},
 * {@link Plugins}, {@link Users}, {@link Logs}, {@link SystemStatus} (sampled on a timer of the root scope). They are provided by the root scope, so they exist from the moment the app is
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
    root.provide(Logs.class, app.logs());
    StatusService status = new StatusService(Clock.systemUTC(), app.dispatcher()::outstanding,
        () -> app.data().statements().total(), app.bots()::receivedLastMinute);
    root.provide(SystemStatus.class, status);
    root.every(StatusService.INTERVAL, status::take);
  }
}
