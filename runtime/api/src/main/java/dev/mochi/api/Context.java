package dev.mochi.api;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotHandle;
import dev.mochi.api.adapter.Incoming;
import dev.mochi.api.command.Command;
import dev.mochi.api.command.Commands;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.Model;
import dev.mochi.api.resource.Resources;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;

/**
 * A plugin's handle on the bot. Everything registered through a context belongs to its scope and is
 * removed, exactly once and in reverse order, when the scope is disposed.
 *
 * <p>Selectors ({@link #platform}, {@link #user}, {@link #guild}, {@link #channel}, {@link #direct})
 * return a narrowed context in the same scope: its middleware, listeners and commands only see
 * sessions that match, and chained selectors intersect.
 */
public interface Context {

  /** The name of the plugin that owns this scope. */
  String pluginName();

  /** An SLF4J logger named after the plugin. */
  Logger logger();

  /** Localized texts. */
  I18n i18n();

  // ---------------------------------------------------------------- commands

  /** Declares (or returns the already declared) command, e.g. {@code "echo <message:text>"}. */
  Command command(String declaration);

  /** Declares a command with a description. */
  Command command(String declaration, String description);

  /** Registers every {@code @Cmd}-annotated method of {@code commands}. */
  Disposable commands(Object commands);

  /** The command registry: custom argument domains and executing commands from code. */
  Commands commands();

  // ---------------------------------------------------------------- middleware

  /** Appends a middleware to the chain. */
  Disposable middleware(Middleware middleware);

  /** Adds a middleware, at the front of the chain when {@code prepend} is true. */
  Disposable middleware(Middleware middleware, boolean prepend);

  // ---------------------------------------------------------------- events and hooks

  /** Subscribes to an event. */
  <E> Disposable on(EventType<E> type, Listener<E> listener);

  /** Subscribes to the next occurrence of an event only. */
  <E> Disposable once(EventType<E> type, Listener<E> listener);

  /** Registers a hook handler. */
  <H> Disposable before(HookType<H> hook, H handler);

  /** Delivers an event to every listener; a listener's exception is logged with its plugin and contained. */
  <E> void emit(EventType<E> type, E event);

  /**
   * Delivers an event to the listeners one by one, stopping at and rethrowing the first failure.
   *
   * @throws Exception the first listener's failure, as it was thrown (the listeners after it do not run)
   */
  <E> void serial(EventType<E> type, E event) throws Exception;

  /**
   * Calls the hook's handlers in registration order through {@code call} and returns the first
   * non-null result.
   */
  <H, R> Optional<R> bail(HookType<H> hook, Function<H, R> call);

  // ---------------------------------------------------------------- scopes, timers

  /** Applies a sub-plugin in a sub-scope that can be disposed on its own. */
  <C> Fork plugin(Plugin<C> plugin, C config);

  /** Applies a sub-plugin that takes no configuration. */
  Fork plugin(Plugin<Void> plugin);

  /** Runs {@code disposer} when this scope is disposed. */
  Disposable onDispose(Runnable disposer);

  /** Runs {@code task} every {@code period} until disposed. */
  Disposable every(Duration period, Runnable task);

  /** Runs {@code task} once after {@code delay}, unless disposed first. */
  Disposable after(Duration delay, Runnable task);

  /**
   * Runs {@code task} at every time a cron expression names, on the wall clock of {@code zone}, until disposed.
   * The expression has the five fields of Unix cron: minute, hour, day of month, month, day of week
   * ({@code "0 9 * * *"} every day at 09:00, {@code "0,30 8-18 * * 1-5"} every half hour from 08:00 to 18:30 on weekdays). Times are read in
   * {@code zone}, so a daily task stays at 09:00 across daylight-saving changes. A time that passes while the bot is
   * not running is not caught up: after a start the task next runs at the next time named. A tick that comes while
   * the previous one still runs is skipped, as with {@link #every(Duration, Runnable)}.
   *
   * <pre>{@code
   * ctx.cron("0 9 * * *", ZoneId.of("Asia/Shanghai"), () -> ctx.logger().info("good morning"));
   * }</pre>
   *
   * @param expression the cron expression
   * @param zone the time zone the expression's times are read in
   * @param task what to run
   * @return the schedule, to cancel it earlier than the scope's end
   * @throws IllegalArgumentException when {@code expression} is not a valid five-field cron expression (the message
   *     says why)
   */
  Disposable cron(String expression, java.time.ZoneId zone, Runnable task);

  // ---------------------------------------------------------------- services

  /** Provides a service to every plugin; it goes away when this scope is disposed. */
  <S> Disposable provide(Class<S> type, S service);

  /** The current provider of a service, if any. */
  <S> Optional<S> get(Class<S> type);

  /**
   * Runs {@code body} while the service exists: at once when it is there, or when it is provided later.
   * Whatever {@code body} registers through the given context is disposed when the service goes away.
   */
  <S> Disposable inject(Class<S> type, BiConsumer<Context, S> body);

  /** Like {@link #inject(Class, BiConsumer)} for a body that needs only the service. */
  <S> Disposable inject(Class<S> type, Consumer<S> body);

  // ---------------------------------------------------------------- selectors

  /** Sessions of these platforms. */
  Context platform(String... platforms);

  /** Sessions from these user ids. */
  Context user(String... userIds);

  /** Sessions in these guilds. */
  Context guild(String... guildIds);

  /** Sessions in these channels. */
  Context channel(String... channelIds);

  /** Private (direct) sessions. */
  Context direct();

  /** Whether a session passes this context's selectors. */
  boolean matches(Session session);

  // ---------------------------------------------------------------- data

  /** Table definitions. */
  Model model();

  /** Queries and writes. */
  Database database();

  /**
   * Resources: the model's tables with NocoBase's actions, defined resources, grants and events. What the plugin
   * registers here is removed when it is unloaded.
   */
  Resources resources();

  // ---------------------------------------------------------------- adapters

  /**
   * Registers a bot; it is removed (and its later dispatches refused) when the returned handle or this scope is
   * disposed. Report its connection state through the handle.
   *
   * @throws MochiException when a bot with the same platform and self id is already registered
   */
  BotHandle bot(Bot bot);

  /**
   * Hands an incoming message or interaction to the runtime. Messages whose author is the bot itself are dropped
   * (the stage completes at once).
   *
   * @return completes when the session has finished: its writes are durable and its replies were handed to the bot
   *     (or, for an interaction, to its responder). Completes exceptionally with a {@link MochiException} when the
   *     bot is not registered (never registered, or its scope disposed) or the runtime is shutting down; the message
   *     is then not handled. Also completes exceptionally when the session is still running past the time budget
   *     ({@code dispatcher.plugin-budget}): it runs on, but whoever waits for it is not held by a command that hangs.
   */
  CompletionStage<Void> dispatch(Bot bot, Incoming incoming);
}
