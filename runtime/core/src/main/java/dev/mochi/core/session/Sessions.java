package dev.mochi.core.session;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.Incoming;
import dev.mochi.core.bot.BotRegistry;
import dev.mochi.core.config.AppConfig;
import dev.mochi.core.data.DataService;
import dev.mochi.core.i18n.I18nService;
import dev.mochi.core.scope.EventBus;

/**
 * What every session of one app shares, and where sessions are made: the configuration, the event bus, the texts,
 * the bots' counters, the data layer, the per-user queues (for prompts) and the pipeline (for nested sessions).
 */
public final class Sessions {
  final AppConfig config;
  final EventBus events;
  final I18nService i18n;
  final BotRegistry bots;
  final DataService data;
  final UserQueues queues = new UserQueues();
  final Pipeline pipeline;

  public Sessions(AppConfig config, EventBus events, I18nService i18n, BotRegistry bots, DataService data,
                  MiddlewareChain chain) {
    this.config = config;
    this.events = events;
    this.i18n = i18n;
    this.bots = bots;
    this.data = data;
    this.pipeline = new Pipeline(events, chain, config.dispatcher().maxDepth());
  }

  /**
   * Installs the command step, once, when the app is built. It comes after this object because it makes sessions
   * itself ({@code Commands.execute}).
   */
  public void install(CommandStep<?> commands) { pipeline.install(commands); }

  /** A session for a message from {@code bot} (not queued: {@link Dispatcher#dispatch} queues and runs one). */
  public SessionImpl open(Bot bot, Incoming inbound) { return new SessionImpl(this, bot, inbound); }
}
