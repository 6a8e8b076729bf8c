package dev.mochi.core.context;

import dev.mochi.api.Context;
import dev.mochi.api.Disposable;
import dev.mochi.api.EventType;
import dev.mochi.api.Events;
import dev.mochi.api.Fork;
import dev.mochi.api.HookType;
import dev.mochi.api.I18n;
import dev.mochi.api.Listener;
import dev.mochi.api.Middleware;
import dev.mochi.api.Plugin;
import dev.mochi.api.PluginException;
import dev.mochi.api.Session;
import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotHandle;
import dev.mochi.api.adapter.Incoming;
import dev.mochi.api.command.Command;
import dev.mochi.api.command.Commands;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.Model;
import dev.mochi.api.resource.Resources;
import dev.mochi.core.bot.BotRegistry;
import dev.mochi.core.command.CommandEngine;
import dev.mochi.core.data.DataService;
import dev.mochi.core.i18n.I18nService;
import dev.mochi.core.log.LogService;
import dev.mochi.core.resource.ResourceService;
import dev.mochi.core.scope.EventBus;
import dev.mochi.core.scope.PluginScope;
import dev.mochi.core.scope.Services;
import dev.mochi.core.scope.Timers;
import dev.mochi.core.session.Dispatcher;
import dev.mochi.core.session.MiddlewareChain;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plugin scope, and the {@link Context} its plugin sees. Selectors make narrowed views that share the
 * scope's disposers (so they are disposed with it) and add a session predicate. Sub-plugins get child scopes
 * that the parent disposes with itself.
 *
 * <p>This is the top of the kernel's stack (docs/kernel.md): a {@link Context} hands a plugin every part, so the
 * scope holds them all ({@link Parts}); the parts themselves see a scope only as a {@link PluginScope}.
 */
public class Scope implements PluginScope {
  private final Parts parts;
  private final State state;
  private final Predicate<Session> filter;

  /** What every view of one scope shares. */
  private static final class State {
    final String pluginName;
    final Logger logger;
    final Disposers disposers;

    State(String pluginName) {
      this.pluginName = pluginName;
      this.logger = LoggerFactory.getLogger("plugin." + pluginName);
      this.disposers = new Disposers((what, error) ->
          logger.error("Plugin '{}': {} while disposing", pluginName, what, error));
    }
  }

  /** The parts of the kernel a context reaches: what {@code ctx.command}, {@code ctx.on}, {@code ctx.model}... use. */
  public record Parts(EventBus events, Services services, Timers timers, I18nService i18n, LogService logs,
                      BotRegistry bots, DataService data, ResourceService resources, CommandEngine commands,
                      MiddlewareChain chain, Dispatcher dispatcher) {}

  /** The root scope of an parts. */
  public Scope(Parts parts, String pluginName) {
    this(parts, new State(pluginName), Selector.ANY);
  }

  private Scope(Parts parts, State state, Predicate<Session> filter) {
    this.parts = parts;
    this.state = state;
    this.filter = filter;
  }

  @Override public String pluginName() { return state.pluginName; }

  @Override public Logger logger() { return state.logger; }

  @Override public Disposable track(Disposable d) { return state.disposers.add(d); }

  @Override public boolean disposed() { return state.disposers.disposed(); }

  @Override public Object identity() { return state; }

  @Override public boolean matches(Session session) { return filter.test(session); }

  /** Disposes the scope: its own DISPOSE listeners first, then every registration, newest first, each once. */
  public void dispose() {
    if (state.disposers.disposed()) return;
    try (var changes = parts.commands().batch()) {
      parts.events().emitTo(this, Events.DISPOSE, new Events.Lifecycle(pluginName(), Instant.now()));
      state.disposers.disposeAll();
    }
  }

  /**
   * Makes a child scope named {@code name} (inheriting this view's selectors), runs {@code body} in it and
   * returns it as a fork. When {@code body} throws, the child is disposed and the failure rethrown. The commands it
   * declares (or, on failure, nothing) are announced once, after it.
   */
  @Override public Fork fork(String name, ThrowingConsumer<Context> body) {
    Scope child = new Scope(parts, new State(name), filter);
    Disposable untrack = track(child::dispose);
    ForkHandle fork = new ForkHandle(child, untrack);
    try (var changes = parts.commands().batch()) {
      try {
        body.accept(child);
      } catch (PluginException e) {
        fork.dispose();
        throw e;
      } catch (Exception e) {
        fork.dispose();
        throw new PluginException(name, "apply failed: " + e.getMessage(), e);
      }
    }
    return fork;
  }

  private record ForkHandle(Scope child, Disposable untrack) implements Fork {
    @Override public Context context() { return child; }

    @Override public boolean disposed() { return child.disposed(); }

    @Override public void dispose() {
      child.dispose();
      untrack.dispose();
    }
  }

  // ---------------------------------------------------------------- Context

  @Override public I18n i18n() { return parts.i18n().view(this); }

  @Override public Command command(String declaration) { return parts.commands().declare(this, declaration, ""); }

  @Override public Command command(String declaration, String description) {
    return parts.commands().declare(this, declaration, description);
  }

  @Override public Disposable commands(Object commands) { return parts.commands().registerAnnotated(this, commands); }

  @Override public Commands commands() { return parts.commands().view(this); }

  @Override public Disposable middleware(Middleware middleware) { return middleware(middleware, false); }

  @Override public Disposable middleware(Middleware middleware, boolean prepend) {
    return parts.chain().add(this, middleware, prepend);
  }

  @Override public <E> Disposable on(EventType<E> type, Listener<E> listener) {
    return parts.events().on(this, type, listener, false);
  }

  @Override public <E> Disposable once(EventType<E> type, Listener<E> listener) {
    return parts.events().on(this, type, listener, true);
  }

  @Override public <H> Disposable before(HookType<H> hook, H handler) {
    return parts.events().before(this, hook, handler);
  }

  @Override public <E> void emit(EventType<E> type, E event) { parts.events().emit(type, event); }

  @Override public <E> void serial(EventType<E> type, E event) throws Exception { parts.events().serial(type, event); }

  @Override public <H, R> Optional<R> bail(HookType<H> hook, Function<H, R> call) {
    return parts.events().bail(hook, null, call);
  }

  @Override public <C> Fork plugin(Plugin<C> plugin, C config) {
    return fork(plugin.name(), ctx -> {
      ((Scope) ctx).track(parts.logs().attribute(plugin.getClass(), plugin.name()));
      plugin.apply(ctx, config);
    });
  }

  @Override public Fork plugin(Plugin<Void> plugin) { return plugin(plugin, null); }

  @Override public Disposable onDispose(Runnable disposer) { return track(disposer::run); }

  @Override public Disposable every(Duration period, Runnable task) {
    return parts.timers().every(this, period, task);
  }

  @Override public Disposable after(Duration delay, Runnable task) {
    return parts.timers().after(this, delay, task);
  }

  @Override public Disposable cron(String expression, java.time.ZoneId zone, Runnable task) {
    return parts.timers().cron(this, expression, zone, task);
  }

  @Override public <S> Disposable provide(Class<S> type, S service) { return parts.services().provide(this, type, service); }

  @Override public <S> Optional<S> get(Class<S> type) {
    return parts.services().get(type).map(s -> type.cast(Services.viewFor(s, this)));
  }

  @Override public <S> Disposable inject(Class<S> type, BiConsumer<Context, S> body) {
    return parts.services().inject(this, type, body);
  }

  @Override public <S> Disposable inject(Class<S> type, Consumer<S> body) {
    return inject(type, (ctx, service) -> body.accept(service));
  }

  @Override public Context platform(String... platforms) { return narrow(Selector.platform(platforms)); }

  @Override public Context user(String... userIds) { return narrow(Selector.user(userIds)); }

  @Override public Context guild(String... guildIds) { return narrow(Selector.guild(guildIds)); }

  @Override public Context channel(String... channelIds) { return narrow(Selector.channel(channelIds)); }

  @Override public Context direct() { return narrow(Selector.direct()); }

  private Scope narrow(Predicate<Session> more) { return new Scope(parts, state, filter.and(more)); }

  @Override public Model model() { return parts.data().model(this); }

  @Override public Database database() { return parts.data().database(this); }

  @Override public Resources resources() { return parts.resources().scoped(this); }

  @Override public BotHandle bot(Bot bot) { return parts.bots().register(this, bot, parts.dispatcher()::dispatchWithinBudget); }

  @Override public CompletionStage<Void> dispatch(Bot bot, Incoming incoming) {
    return parts.dispatcher().dispatchWithinBudget(bot, incoming);
  }

  @Override public String toString() { return "Scope[" + pluginName() + "]"; }
}
