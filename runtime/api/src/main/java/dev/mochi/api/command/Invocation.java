package dev.mochi.api.command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A command call that is already split into values: what a platform's slash command delivers, and what
 * {@link Commands#execute(dev.mochi.api.Session, Invocation)} runs. Arguments are keyed by their declared name
 * ({@code <message:text>} is {@code "message"}); options by option name (or, to pick a value variant such as
 * {@code -W, --anonymous}, by the variant's long flag with {@code true}).
 *
 * <p>Values are what the platform gives: a {@code String} (plain text, as the user typed it), a {@code Number}, a
 * {@code Boolean}, an {@link dev.mochi.api.message.Element} (a user as {@code Element.at(id)}, a channel as
 * {@code Element.sharp(id)}, an image as {@code Element.image(url)}), or a {@code List} of those for a variadic
 * argument. Each value still goes through the declared type, exactly as the same words typed in a message would.
 *
 * <pre>{@code Invocation.of("echo").arg("message", "hi").option("times", 2)}</pre>
 *
 * @param command the command's name or alias ({@code "a.b"} for a subcommand)
 * @param arguments argument values by argument name, in any order
 * @param options option values by option name
 */
public record Invocation(String command, Map<String, Object> arguments, Map<String, Object> options) {

  /**
   * Copies the maps (keeping their order) and checks that nothing is null.
   *
   * @throws NullPointerException when the command, a map, a key or a value is null
   */
  public Invocation {
    Objects.requireNonNull(command, "command");
    arguments = copy(arguments, "arguments");
    options = copy(options, "options");
  }

  private static Map<String, Object> copy(Map<String, Object> map, String what) {
    Objects.requireNonNull(map, what);
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(Objects.requireNonNull(k, what + " key"),
        Objects.requireNonNull(v, what + " value of '" + k + "'")));
    return Collections.unmodifiableMap(out);
  }

  /** A call of {@code command} with no values yet. */
  public static Invocation of(String command) {
    return new Invocation(command, Map.of(), Map.of());
  }

  /** This call with one more argument value (replacing one of the same name). */
  public Invocation arg(String name, Object value) {
    Map<String, Object> next = new LinkedHashMap<>(arguments);
    next.put(name, value);
    return new Invocation(command, next, options);
  }

  /** This call with one more option value (replacing one of the same name). */
  public Invocation option(String name, Object value) {
    Map<String, Object> next = new LinkedHashMap<>(options);
    next.put(name, value);
    return new Invocation(command, arguments, next);
  }
}
