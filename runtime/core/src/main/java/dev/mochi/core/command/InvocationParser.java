package dev.mochi.core.command;

import dev.mochi.api.Session;
import dev.mochi.api.command.ArgumentInfo;
import dev.mochi.api.command.Invocation;
import dev.mochi.api.message.Element;
import dev.mochi.api.message.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an already-split call (an interaction's values) into what {@link ArgvParser} makes of a typed line, so the
 * executor cannot tell the two apart. Every value goes through its declared type's parser, from the text form the
 * same words would have in a message: plain text is escaped ({@code a < b} becomes {@code a &lt; b}), an element is
 * written as its tag, a number or boolean as its word. Arguments are taken in declaration order up to the first one
 * not given; a value given after a missing one is reported against the missing one. Options are found by option
 * name or by flag (a value variant by its flag, with {@code true}); names nothing declares are kept and listed as
 * unknown, as typed flags are. Fallbacks fill the options not given.
 */
final class InvocationParser {
  private final CommandImpl command;
  private final TypeRegistry types;
  private final Session session;
  private final List<Object> args = new ArrayList<>();
  private final Map<String, Object> options = new LinkedHashMap<>();
  private final List<String> unknown = new ArrayList<>();
  private Parsed.Error error;
  private int authority;

  InvocationParser(CommandImpl command, TypeRegistry types, Session session) {
    this.command = command;
    this.types = types;
    this.session = session;
  }

  Parsed parse(Invocation call) {
    Map<String, Object> given = new LinkedHashMap<>(call.arguments());
    List<ArgumentInfo> declared = command.arguments();
    String missing = null;
    for (ArgumentInfo a : declared) {
      Object value = given.remove(a.name());
      if (value == null) {
        if (missing == null) missing = a.name();
        continue;
      }
      if (missing != null) {
        fail(false, missing, "commands.insufficient-arguments");
        break;
      }
      ArgType type = types.resolve(a.type());
      if (a.variadic() && value instanceof List<?> list) {
        for (Object v : list) if (error == null) argument(type, v, a.name());
      } else {
        argument(type, value, a.name());
      }
      if (error != null) break;
    }
    unknown.addAll(given.keySet());
    for (Map.Entry<String, Object> o : call.options().entrySet()) {
      if (error == null) option(o.getKey(), o.getValue());
    }
    for (OptionSpec spec : command.optionTable().all()) {
      if (spec.hasFallback && !options.containsKey(spec.name)) options.put(spec.name, spec.fallback);
    }
    return new Parsed(args, options, "", error, unknown, authority, false);
  }

  private void argument(ArgType type, Object value, String name) {
    Object v = convert(type, value, false, name);
    if (error == null) args.add(v);
  }

  private void option(String key, Object value) {
    OptionSpec spec = command.optionTable().option(key);
    OptionSpec.Flag flag = spec != null ? new OptionSpec.Flag(spec, null) : command.optionTable().flag(key);
    if (flag == null) {
      unknown.add(key);
      options.put(key, value);
      return;
    }
    OptionSpec target = flag.option();
    if (flag.variant() != null) {
      if (Boolean.TRUE.equals(convert(types.resolve("boolean"), value, true, target.name))) {
        authority = Math.max(authority, flag.authority());
        options.put(target.name, flag.variant().value());
      }
      return;
    }
    authority = Math.max(authority, flag.authority());
    ArgType type = types.resolve(target.typed() ? target.type : "boolean");
    Object v = convert(type, value, true, target.name);
    if (error == null) options.put(target.name, v);
  }

  private Object convert(ArgType type, Object value, boolean option, String name) {
    try {
      return type.parser().parse(source(value), session);
    } catch (InvalidValue e) {
      error = new Parsed.Error(option, name, e.getMessage(), e.args(), "");
    } catch (IllegalArgumentException e) {
      error = new Parsed.Error(option, name, null, new Object[0], e.getMessage() == null ? "" : e.getMessage());
    }
    return null;
  }

  private void fail(boolean option, String name, String key) {
    error = new Parsed.Error(option, name, key, new Object[] {Map.of("command", command.name())}, "");
  }

  /** The words a user would have typed for {@code value}, in the text form. */
  static String source(Object value) {
    return switch (value) {
      case Element e -> e.toString();
      case Message m -> m.toString();
      case String s -> Message.text(s).toString();
      case Double d when d == Math.rint(d) && !Double.isInfinite(d) -> Long.toString(d.longValue());
      default -> String.valueOf(value);
    };
  }
}
