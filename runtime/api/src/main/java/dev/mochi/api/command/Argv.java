package dev.mochi.api.command;

import dev.mochi.api.Session;
import java.util.List;
import java.util.Map;

/** The parsed invocation of a command. */
public interface Argv {

  /** Parsed argument values, in order (variadic ones flattened at the end). */
  List<Object> args();

  /** Argument {@code index}, or null when absent. */
  Object arg(int index);

  /** Argument {@code index} converted to {@code type}, or null when absent. */
  <T> T arg(int index, Class<T> type);

  /** Parsed option values by option name (fallbacks included). */
  Map<String, Object> options();

  /** Option {@code name} converted to {@code type}, or null when absent and without fallback. */
  <T> T option(String name, Class<T> type);

  /** Whether the option was given or has a fallback. */
  boolean has(String name);

  Session session();

  Command command();

  /** The unparsed rest after {@code --}, or empty. */
  String rest();

  /** Runs the next action of the command, or, after the last, the rest of the middleware chain. */
  Object next() throws Exception;
}
