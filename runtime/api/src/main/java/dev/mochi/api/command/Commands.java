package dev.mochi.api.command;

import dev.mochi.api.Disposable;
import dev.mochi.api.Session;
import dev.mochi.api.message.Message;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The command registry, from {@link dev.mochi.api.Context#commands()}. */
public interface Commands {

  /** Registers an argument type usable as {@code <name:type>}; removed with the calling scope. */
  <T> Disposable domain(String name, Domain<T> parser);

  /** Finds a command by name or alias. */
  Optional<Command> find(String nameOrAlias);

  /** Every registered command. */
  Collection<Command> all();

  /**
   * Runs a command line as a given user in a private chat with the first bot of {@code platform} and returns its
   * reply (without sending it). The session's writes are durable when it returns.
   *
   * @throws dev.mochi.api.MochiException when no bot of {@code platform} is registered
   */
  Optional<Message> execute(String platform, String userId, String command);

  /**
   * Runs an already-parsed call as {@code session}'s user, in its channel, and returns the reply without sending it
   * (messages the command sends on its own are part of the reply). Authority, declared types and fields, checks and
   * hooks apply exactly as for the same command typed as text; an unknown command gives an empty reply.
   *
   * <pre>{@code commands.execute(session, Invocation.of("echo").arg("message", "hi"))  // "hi"}</pre>
   */
  Optional<Message> execute(Session session, Invocation invocation);

  /**
   * The commands {@code session} may run: the selectors of the context that declared each one match the session,
   * and the session's user has the command's authority. Hidden commands are included.
   */
  List<Command> available(Session session);

  /**
   * Suggests the commands {@code session} may run whose names or aliases are similar to {@code typed}
   * (Levenshtein similarity at least {@code min-similarity}). When exactly one is, a reply of {@code .} from the
   * same user in the same channel runs {@code commandLine.apply(name)}, and any other message from them cancels it.
   *
   * <pre>{@code commands.suggest(session, "heip", name -> "help " + name)   // "Did you mean "help"? …"}</pre>
   *
   * @return the localized suggestion to reply, or empty when no name is similar
   */
  Optional<String> suggest(Session session, String typed, Function<String, String> commandLine);
}
