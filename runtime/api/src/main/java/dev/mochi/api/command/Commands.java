package dev.mochi.api.command;

import dev.mochi.api.Disposable;
import dev.mochi.api.message.Message;
import java.util.Collection;
import java.util.Optional;

/** The command registry, from {@link dev.mochi.api.Context#commands()}. */
public interface Commands {

  /** Registers an argument type usable as {@code <name:type>}; removed with the calling scope. */
  <T> Disposable domain(String name, Domain<T> parser);

  /** Finds a command by name or alias. */
  Optional<Command> find(String nameOrAlias);

  /** Every registered command. */
  Collection<Command> all();

  /**
   * Runs a command as a given user in a private chat with the first bot of {@code platform} and returns its reply.
   */
  Optional<Message> execute(String platform, String userId, String command);
}
