package dev.mochi.api;

import dev.mochi.api.bot.BotStatusChange;
import dev.mochi.api.command.Argv;
import dev.mochi.api.command.CommandsChanged;
import dev.mochi.api.log.LogRecord;
import dev.mochi.api.message.Message;
import dev.mochi.api.plugin.PluginStateChange;
import java.time.Instant;

/** The runtime's events, named as in Koishi. Subscribe with {@link Context#on(EventType, Listener)}. */
public final class Events {
  private Events() {}

  /** A message arrived (emitted before the middleware chain runs; bot's own messages excluded). */
  public static final EventType<Session> MESSAGE = EventType.of("message", Session.class);

  /** The app finished starting: every plugin applied and every bot started. */
  public static final EventType<Lifecycle> READY = EventType.of("ready", Lifecycle.class);

  /** A scope is being disposed; delivered to that scope's own listeners before its disposers run. */
  public static final EventType<Lifecycle> DISPOSE = EventType.of("dispose", Lifecycle.class);

  /** A message was sent by a bot. */
  public static final EventType<Sent> SEND = EventType.of("send", Sent.class);

  /** A command action threw; the user got the localized error reply. */
  public static final EventType<CommandError> COMMAND_ERROR = EventType.of("command-error", CommandError.class);

  /** A bot's adapter reported a new connection state ({@code BotHandle.status}). */
  public static final EventType<BotStatusChange> BOT_STATUS = EventType.of("bot-status-updated", BotStatusChange.class);

  /** A plugin was loaded, reloaded, reconfigured, enabled, disabled, failed, installed or uninstalled. */
  public static final EventType<PluginStateChange> PLUGIN_STATE = EventType.of("plugin-state", PluginStateChange.class);

  /**
   * The set of commands changed (once per plugin apply or unload): re-read {@link dev.mochi.api.command.CommandCatalog},
   * e.g. to register a platform's slash commands again.
   */
  public static final EventType<CommandsChanged> COMMANDS_CHANGED = EventType.of("commands-changed", CommandsChanged.class);

  /**
   * A log record was written (delivered on a thread of its own, shortly after; see {@link dev.mochi.api.log.Logs}).
   * A listener that logs does not receive its own records again.
   */
  public static final EventType<LogRecord> LOG = EventType.of("log", LogRecord.class);

  /**
   * Payload of {@link #READY} and {@link #DISPOSE}.
   *
   * @param scope the plugin name of the scope ({@code "app"} for the root)
   * @param at when it happened
   */
  public record Lifecycle(String scope, Instant at) {}

  /**
   * Payload of {@link #SEND}.
   *
   * @param session the session that sent it
   * @param message what was sent, after {@code before-send} hooks
   */
  public record Sent(Session session, Message message) {}

  /**
   * Payload of {@link #COMMAND_ERROR}.
   *
   * @param argv the invocation whose action threw
   * @param error what it threw
   */
  public record CommandError(Argv argv, Throwable error) {}
}
