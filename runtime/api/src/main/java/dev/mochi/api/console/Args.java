package dev.mochi.api.console;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request's arguments: a JSON array (positional) or object (named). Values are converted to the asked type; one
 * that is missing or does not fit is answered with {@link ErrorCode#REQUEST_INVALID} naming the argument.
 *
 * <pre>{@code
 * console.addListener("sandbox.send", (client, args) -> {
 *   String id = args.get("id", String.class);
 *   int times = args.optional("times", Integer.class).orElse(1);
 *   ...
 * }, 4);
 * }</pre>
 */
public interface Args {

  /** How many positional arguments there are (0 for named ones). */
  int size();

  /** Whether a named argument is there (and not null). */
  boolean has(String name);

  /** Positional argument {@code index} as {@code type}; missing or unfit: {@code request_invalid}. */
  <T> T get(int index, Class<T> type);

  /** Named argument {@code name} as {@code type}; missing or unfit: {@code request_invalid}. */
  <T> T get(String name, Class<T> type);

  /** Named argument {@code name} as {@code type}, empty when absent or null; unfit: {@code request_invalid}. */
  <T> Optional<T> optional(String name, Class<T> type);

  /** Every argument as one value of {@code type} (the whole object or array, e.g. a record). */
  <T> T as(Class<T> type);

  /** The positional arguments as plain values (maps, lists, strings, numbers, booleans, null). */
  List<Object> list();

  /** The named arguments as plain values. */
  Map<String, Object> map();
}
