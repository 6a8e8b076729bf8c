package dev.mochi.core.session;

import dev.mochi.api.Next;
import dev.mochi.api.command.Invocation;
import dev.mochi.api.message.Message;
import java.util.Optional;
import java.util.Set;

/**
 * The command system as a session's pipeline needs it (the command package implements it, one level up the stack).
 * {@link #recognize} runs once per session before the middleware chain and returns what it found, typed; the pipeline
 * hands that same value to {@link #run}, the last step of the chain, so a line is recognized and parsed once.
 *
 * @param <R> what recognition finds (a command call with its parse, a typo worth a suggestion, or nothing)
 */
public interface CommandStep<R> {

  /** Recognizes the session's command and adds the fields it needs to {@code userFields} and {@code channelFields}. */
  R recognize(SessionImpl session, Set<String> userFields, Set<String> channelFields);

  /** The built-in command middleware: runs what {@link #recognize} found, or proceeds along the chain. */
  Object run(SessionImpl session, R recognized, Next next) throws Exception;

  /** Runs a command line as the session's user and returns its reply (for {@code session.execute}). */
  Optional<Message> evaluate(SessionImpl session, String line);

  /** Runs an already-split call as the session's user and returns its reply. */
  Optional<Message> evaluate(SessionImpl session, Invocation call);

  /** Whether a message starting with {@code head} addresses the bot (a mention of it, a nickname, a prefix). */
  boolean addressed(SessionImpl session, String head);
}
