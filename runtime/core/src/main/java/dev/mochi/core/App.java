package dev.mochi.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.api.Events;
import dev.mochi.api.Fork;
import dev.mochi.api.MochiException;
import dev.mochi.api.Plugin;
import dev.mochi.api.PluginException;
import dev.mochi.api.command.CommandCatalog;
import dev.mochi.core.command.CommandEngine;
import dev.mochi.core.config.AppConfig;
import dev.mochi.core.config.ConfigLoader;
import dev.mochi.core.config.Owner;
import dev.mochi.api.data.UserData;
import dev.mochi.core.data.DataService;
import dev.mochi.core.i18n.I18nService;
import dev.mochi.core.plugin.CodePlugins;
import dev.mochi.core.log.LogService;
import dev.mochi.core.plugin.PluginHost;
import dev.mochi.core.plugin.PluginSections;
import dev.mochi.core.config.ConfigFile;
import dev.mochi.core.bot.BotRegistry;
import dev.mochi.core.resource.ResourceService;
import dev.mochi.core.scope.EventBus;
import dev.mochi.core.scope.Services;
import dev.mochi.core.scope.Timers;
import dev.mochi.core.session.Dispatcher;
import dev.mochi.core.session.MiddlewareChain;
import dev.mochi.core.session.Sessions;
import dev.mochi.core.context.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running bot: configuration, the root scope every plugin forks from, and the engine parts. Build it with
 * {@link #builder()}, {@link #start()} it, {@link #close()} it. This is the one place where the parts are built:
 * each part's constructor takes the parts it uses, in the order of the stack in docs/kernel.md, and no part refers
 * back to the app. Closing stops taking messages, lets the sessions
 * in flight finish, disposes the plugins in reverse order and flushes the data layer.
 */
public final class App implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("mochi");
  /** The authority {@code owners} get: the highest. */
  public static final int OWNER_AUTHORITY = 5;

  private final AppConfig config;
  private final ConfigLoader configLoader;
  private final I18nService i18n;
  private final EventBus events = new EventBus();
  private final Services services = new Services();
  private final Timers timers;
  private final BotRegistry bots = new BotRegistry(events, java.time.Clock.systemUTC());
  private final MiddlewareChain chain;
  private final Dispatcher dispatcher;
  private final Scope root;
  private final CommandEngine commands;
  private final DataService data;
  private final ResourceService resources;
  private final List<AppBuilder.PluginEntry> initial;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final PluginSections sections;
  private final CodePlugins code;
  private final LogService logs;
  private PluginHost plugins;

  App(AppBuilder builder) {
    this.config = builder.config();
    this.configLoader = builder.loader();
    this.timers = new Timers(builder.clock());
    this.logs = new LogService(config.logging(), events);
    this.sections = new PluginSections(config, builder.file().map(f -> new ConfigFile(f, configLoader)));
    this.i18n = new I18nService(config.locale());
    this.data = new DataService(config.database());
    this.resources = new ResourceService(data.records(), i18n);
    this.chain = new MiddlewareChain(config.dispatcher().maxDepth());
    Sessions sessions = new Sessions(config, events, i18n, bots, data, chain);
    this.dispatcher = new Dispatcher(sessions);
    data.sessionsRunning(dispatcher::runningCount);
    data.sessionsAccepted(dispatcher::outstanding);
    this.commands = new CommandEngine(config, events, i18n, bots, sessions);
    sessions.install(commands);
    this.root = new Scope(new Scope.Parts(events, services, timers, i18n, logs, bots, data, resources, commands, chain,
        dispatcher), "app");
    root.provide(CommandCatalog.class, commands.catalog());
    this.initial = List.copyOf(builder.plugins());
    this.code = new CodePlugins(root, sections, configLoader, events);
    KernelServices.provide(root, bots, this::plugins, code, sections, configLoader, data, logs, dispatcher);
  }

  /** A builder starting from the embedded defaults. */
  public static AppBuilder builder() { return new AppBuilder(); }

  /** Applies the plugins given to the builder and emits {@link Events#READY}. */
  public App start() {
    if (!started.compareAndSet(false, true)) throw new MochiException("App already started");
    grantOwners();
    dev.mochi.core.log.PluginLogLevels.apply(config.logging().levels());
    for (AppBuilder.PluginEntry entry : initial) entry.apply(this);
    events.emit(Events.READY, new Events.Lifecycle("app", Instant.now()));
    return this;
  }

  /**
   * Gives every account of {@code owners} authority 5, creating its user when it has never written to the bot, so
   * an owner can administer the bot (and {@code authorize} others) from the first message on.
   */
  private void grantOwners() {
    for (Owner owner : config.ownerAccounts()) {
      UserData user = data.user(owner.platform(), owner.id(), UserData.class);
      if (user.authority() < OWNER_AUTHORITY) {
        user.set("authority", OWNER_AUTHORITY);
        user.flush();
        LOG.info("Owner {} now has authority {} (owners in the configuration)", owner, OWNER_AUTHORITY);
      }
    }
  }

  /**
   * Applies a plugin with its section of the configuration ({@code plugins.<name>}) bound to its config record.
   * Invalid configuration or a failing {@code apply} throws a {@link PluginException} naming the plugin.
   */
  public <C> Fork plugin(Plugin<C> plugin) {
    return code.apply(plugin, sections.section(plugin.name()));
  }

  /** Applies a plugin with an explicit configuration section. */
  public <C> Fork plugin(Plugin<C> plugin, ObjectNode section) { return code.apply(plugin, section); }

  /**
   * Applies a plugin with a configuration object. Like every plugin applied through the app (not a jar's), it is
   * listed by the {@code Plugins} service and can be reloaded, disabled and reconfigured there.
   */
  public <C> Fork plugin(Plugin<C> plugin, C config) { return code.apply(plugin, config); }

  /** The section each plugin is applied with, and where a changed one is saved. */
  public PluginSections pluginSections() { return sections; }

  /** The recent log records and their subscription. */
  public LogService logs() { return logs; }

  /** The plugins applied from code (not from jars). */
  public CodePlugins codePlugins() { return code; }

  public AppConfig config() { return config; }

  public ConfigLoader configLoader() { return configLoader; }

  public I18nService i18n() { return i18n; }

  public EventBus events() { return events; }

  public Services services() { return services; }

  public Timers timers() { return timers; }

  public BotRegistry bots() { return bots; }

  public MiddlewareChain chain() { return chain; }

  public Dispatcher dispatcher() { return dispatcher; }

  public CommandEngine commands() { return commands; }

  public DataService data() { return data; }

  public ResourceService resources() { return resources; }

  /** The root scope: plugins are forks of it. */
  public Scope root() { return root; }

  public Logger log() { return LOG; }

  /** The plugin-jar host (created on first use; {@link PluginHost#start()} loads the plugin directory). */
  public synchronized PluginHost plugins() {
    if (plugins == null) {
      plugins = new PluginHost(new PluginHost.Parts(config, configLoader, sections, events, root, dispatcher));
    }
    return plugins;
  }

  /**
   * Stops taking messages, goes on with the accepted ones for {@code dispatcher.shutdown-grace} (then drops and counts
   * those not started), disposes plugins in reverse, flushes data.
   */
  @Override public void close() { close(config.dispatcher().shutdownGrace()); }

  /** Whether {@link #close()} has begun. */
  public boolean closing() { return closed.get(); }

  /** {@link #close()} with another grace for the accepted messages. */
  public void close(Duration grace) {
    if (!closed.compareAndSet(false, true)) return;
    dispatcher.shutdown(grace);
    try {
      root.dispose();
    } finally {
      try {
        synchronized (this) {
          if (plugins != null) plugins.close();
        }
        data.close();
      } finally {
        timers.close();
        dispatcher.close();
        logs.close();
      }
    }
  }
}
