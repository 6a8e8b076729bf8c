package dev.mochi.api;

import dev.mochi.api.command.Argv;
import dev.mochi.api.message.Message;
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

  /** Payload of {@link #READY} and {@link #DISPOSE}: the scope's plugin name and when it happened. */
  public record Lifecycle(String scope, Instant at) {}

  /** Payload of {@link #SEND}. */
  public record Sent(Session session, Message message) {}

  /** Payload of {@link #COMMAND_ERROR}. */
  public record CommandError(Argv argv, Throwable error) {}
}
