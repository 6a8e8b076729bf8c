package dev.mochi.api;

import dev.mochi.api.command.Argv;
import dev.mochi.api.message.Message;
import java.util.Set;

/** The runtime's hooks, named as in Koishi. Register with {@link Context#before(HookType, Object)}. */
public final class Hooks {
  private Hooks() {}

  /** Before the session's user is loaded: add the user fields your middleware reads. */
  public static final HookType<FieldsHook> ATTACH_USER = HookType.of("attach-user", FieldsHook.class);

  /** Before the session's channel is loaded: add the channel fields your middleware reads. */
  public static final HookType<FieldsHook> ATTACH_CHANNEL = HookType.of("attach-channel", FieldsHook.class);

  /** Before a command's user is loaded: add user fields for that command. */
  public static final HookType<CommandFieldsHook> COMMAND_ATTACH_USER =
      HookType.of("command/attach-user", CommandFieldsHook.class);

  /** Before a command's channel is loaded: add channel fields for that command. */
  public static final HookType<CommandFieldsHook> COMMAND_ATTACH_CHANNEL =
      HookType.of("command/attach-channel", CommandFieldsHook.class);

  /** Before a command's action runs; a non-null result is replied and the action is skipped. */
  public static final HookType<CommandHook> COMMAND_BEFORE_EXECUTE =
      HookType.of("command/before-execute", CommandHook.class);

  /** Before a bot sends a message: return the message to send, or {@link Message#empty()} to cancel. */
  public static final HookType<SendHook> BEFORE_SEND = HookType.of("before-send", SendHook.class);

  /** Adds field names for the session's user or channel. */
  @FunctionalInterface
  public interface FieldsHook {
    /** Adds the names of the fields this session needs to {@code fields} (a mutable set shared by every handler). */
    void addFields(Session session, Set<String> fields);
  }

  /** Adds field names for a command's user or channel. */
  @FunctionalInterface
  public interface CommandFieldsHook {
    /** Adds the names of the fields the command about to run needs to {@code fields} (a set shared by every handler). */
    void addFields(Argv argv, Set<String> fields);
  }

  /** Runs before a command; a non-null result stops it and becomes the reply. */
  @FunctionalInterface
  public interface CommandHook {
    /**
     * Runs before the command's action.
     *
     * @return a reply that stops the command (its action does not run), or {@code null} to let it run
     * @throws Exception anything; it is reported as the command's error and the user gets the error reply
     */
    Object beforeExecute(Argv argv) throws Exception;
  }

  /** Rewrites or cancels an outgoing message. */
  @FunctionalInterface
  public interface SendHook {
    /**
     * Sees a message before it is sent.
     *
     * @return the message to send instead (possibly {@code message} itself), or {@link Message#empty()} to send nothing;
     *     never {@code null}
     */
    Message beforeSend(Session session, Message message);
  }
}
