package dev.mochi.api.command;

import dev.mochi.api.Session;
import java.util.List;
import java.util.Map;

/**
 * The parsed invocation of a command, handed to its checks and actions.
 *
 * <p>Absence, as everywhere in the API: nothing returns null. A required argument is always there (the parser asks
 * for it or refuses the call), so read it with {@link #arg(int, Class)}; an optional one may be missing, so read it
 * with {@link #arg(int, Class, Object)} and a fallback. A flag (an option without a value) reads as {@code false}
 * when not given; an option with a declared fallback reads as that; for any other option, use
 * {@link #option(String, Class, Object)} or ask {@link #has(String)} first.
 *
 * <pre>{@code
 * ctx.command("greet [name:string]").option("loud", "-l").action((argv, session) -> {
 *   String name = argv.arg("name", String.class, session.author());   // or by position: arg(0, ...)
 *   return argv.option("loud", Boolean.class) ? name.toUpperCase() : name;
 * });
 * }</pre>
 */
public interface Argv {

  /** Parsed argument values, in order (variadic ones flattened at the end); unmodifiable. */
  List<Object> args();

  /**
   * Argument {@code index} as parsed.
   *
   * @throws CommandException when the argument was not given (read an optional one with
   *     {@link #arg(int, Class, Object)})
   */
  Object arg(int index);

  /**
   * Argument {@code index} converted to {@code type} ({@code Integer.class} for a declared {@code posint}, and so on).
   *
   * @throws CommandException when the argument was not given, or its value cannot be read as {@code type}
   */
  <T> T arg(int index, Class<T> type);

  /**
   * Argument {@code index} converted to {@code type}, or {@code fallback} when it was not given.
   *
   * @throws CommandException when its value cannot be read as {@code type}
   */
  <T> T arg(int index, Class<T> type, T fallback);

  /**
   * Argument {@code name} (as declared: {@code todo.done <n:posint>} names it {@code n}) converted to {@code type}.
   * A variadic argument ({@code [...tags:string]}) reads as a {@code List} of its values.
   *
   * <pre>{@code ctx.command("todo.done <n:posint>").action((argv, s) -> "Done: " + argv.arg("n", Integer.class));}</pre>
   *
   * @throws CommandException when the command declares no argument of that name (the message lists the declared
   *     ones), the argument was not given, or its value cannot be read as {@code type}
   */
  <T> T arg(String name, Class<T> type);

  /**
   * Argument {@code name} converted to {@code type}, or {@code fallback} when it was not given.
   *
   * @throws CommandException when the command declares no argument of that name, or its value cannot be read as
   *     {@code type}
   */
  <T> T arg(String name, Class<T> type, T fallback);

  /** Parsed option values by option name, declared fallbacks included; unmodifiable. */
  Map<String, Object> options();

  /**
   * Option {@code name} converted to {@code type}: its value when given, its declared fallback when not, and
   * {@code false} for a flag that was not given.
   *
   * @throws CommandException when the option has no value, no fallback and is not a flag (use
   *     {@link #option(String, Class, Object)}), or its value cannot be read as {@code type}
   */
  <T> T option(String name, Class<T> type);

  /**
   * Option {@code name} converted to {@code type}, or {@code fallback} when it has neither a value nor a declared
   * fallback.
   *
   * @throws CommandException when its value cannot be read as {@code type}
   */
  <T> T option(String name, Class<T> type, T fallback);

  /** Whether the option was given or has a declared fallback. */
  boolean has(String name);

  /** The session the command runs in. */
  Session session();

  /** The command being run. */
  Command command();

  /** The unparsed source after a bare {@code --}; empty when there was none. */
  String rest();

  /**
   * Runs the command's next action, or, after the last, the rest of the middleware chain.
   *
   * @return what it replied (null when nothing replied, as in {@link dev.mochi.api.Next#proceed()})
   * @throws Exception what the next action or middleware threw
   */
  Object next() throws Exception;
}
