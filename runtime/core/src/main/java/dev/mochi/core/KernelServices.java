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
import dev.mochi.core.bot.BotRegistry;
import dev.mochi.core.config.ConfigLoader;
import dev.mochi.core.data.DataService;
import dev.mochi.core.log.LogService;
import dev.mochi.core.plugin.CodePlugins;
import dev.mochi.core.plugin.PluginHost;
import dev.mochi.core.plugin.PluginSections;
import dev.mochi.core.scope.PluginScope;
import dev.mochi.core.session.Dispatcher;
import java.util.function.Supplier;

/**
 * The services the kernel provides to every plugin through {@code ctx.get} / {@code ctx.inject}: {@link Bots},
 * {@link Plugins}, {@link Users}, {@link Logs}, {@link SystemStatus} (sampled on a timer of the root scope). They are provided by the root scope, so they exist from the moment the app is
 * built until it is closed.
 */
final class KernelServices {
  private KernelServices() {}

  static void provide(PluginScope root, BotRegistry bots, Supplier<PluginHost> plugins, CodePlugins code,
                      PluginSections sections, ConfigLoader loader, DataService data, LogService logs,
                      Dispatcher dispatcher) {
    root.provide(Bots.class, new BotsService(bots));
    root.provide(Plugins.class, new PluginsService(plugins, code, sections, loader.mapper()));
    root.provide(Users.class, new UsersService(data));
    root.provide(Logs.class, logs);
    StatusService status = new StatusService(Clock.systemUTC(), dispatcher::outstanding,
        () -> data.statements().total(), bots::receivedLastMinute, dispatcher::refused);
    root.provide(SystemStatus.class, status);
    root.every(StatusService.INTERVAL, status::take);
  }
}
