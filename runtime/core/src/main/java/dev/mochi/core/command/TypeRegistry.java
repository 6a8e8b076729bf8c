package dev.mochi.core.command;

import dev.mochi.api.Disposable;
import dev.mochi.api.PluginException;
import dev.mochi.api.Session;
import dev.mochi.api.command.Domain;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves type names: the built-ins, domains registered by plugins, {@code regex:<pattern>} (the word must
 * contain a match, as in Koishi) and {@code enum:a|b|c} (the word must be one of them). An unknown name parses
 * like {@code string} and is logged once, since the plugin that registers it may simply load later.
 */
final class TypeRegistry {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.commands");
  static final ArgType STRING = BuiltinTypes.all().get("string");

  private final Map<String, ArgType> builtins = BuiltinTypes.all();
  private final Map<String, Owned> custom = new ConcurrentHashMap<>();
  private final Map<String, ArgType> patterns = new ConcurrentHashMap<>();
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  private record Owned(String plugin, ArgType type) {}

  /** Registers a custom domain owned by {@code plugin}; the returned disposable removes it. */
  Disposable register(String plugin, String name, Domain<?> parser) {
    if (name == null || name.isBlank() || name.contains(":") || builtins.containsKey(name)) {
      throw new PluginException(plugin, "argument type '" + name + "' cannot be registered: the name is empty, "
          + "contains ':' or is a built-in type; choose another name");
    }
    Owned owned = new Owned(plugin, new ArgType(name, parser, false, false));
    Owned previous = custom.putIfAbsent(name, owned);
    if (previous != null) {
      throw new PluginException(plugin, "argument type '" + name + "' is already registered by plugin '"
          + previous.plugin() + "'; choose another name");
    }
    return () -> custom.remove(name, owned);
  }

  /** The type named {@code name} ({@code null} or empty: {@code string}). */
  ArgType resolve(String name) {
    if (name == null || name.isEmpty()) return STRING;
    ArgType t = builtins.get(name);
    if (t != null) return t;
    Owned owned = custom.get(name);
    if (owned != null) return owned.type();
    if (name.startsWith("regex:") || name.startsWith("enum:")) return patterns.computeIfAbsent(name, TypeRegistry::pattern);
    if (warned.add(name)) {
      LOG.warn("Unknown argument type '{}' is parsed as a string; register it with ctx.commands().domain(\"{}\", …)",
          name, name);
    }
    return STRING;
  }

  /**
   * {@code value} as the Java type of {@code type} (the table in docs/commands.md): as it is when it already has
   * that type, else read by the type's parser from its text ({@code 0} for {@code number} is {@code 0.0}, for
   * {@code posint} an error). Values of custom domains, and of options whose type is not declared, stay as given.
   *
   * @throws IllegalArgumentException with the type's reason when the value is not one of the type's
   */
  Object coerce(String type, Object value, Session session) {
    if (value == null || type == null) return value;
    Class<?> java = BuiltinTypes.javaType(type);
    if (java == null) return value;
    if (java.isInstance(value) && java != String.class && java != Long.class) return value;
    return resolve(type).parser().parse(String.valueOf(value), session);
  }

  /** Whether {@code name} is known now (built-in, registered, regex or enum). */
  boolean known(String name) {
    return name == null || name.isEmpty() || builtins.containsKey(name) || custom.containsKey(name)
        || name.startsWith("regex:") || name.startsWith("enum:");
  }

  private static ArgType pattern(String name) {
    if (name.startsWith("enum:")) {
      List<String> values = List.of(name.substring(5).split("\\|"));
      return new ArgType(name, (s, session) -> {
        if (values.contains(s)) return s;
        throw new InvalidValue("commands.invalid-choice", String.join(", ", values));
      }, false, false);
    }
    Pattern regex;
    try {
      regex = Pattern.compile(name.substring(6));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("type '" + name + "' is not a valid regular expression: "
          + e.getDescription(), e);
    }
    return new ArgType(name, (s, session) -> {
      if (regex.matcher(s).find()) return s;
      throw new IllegalArgumentException("");
    }, false, false);
  }
}
