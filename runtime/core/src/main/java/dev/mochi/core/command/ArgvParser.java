package dev.mochi.core.command;

import dev.mochi.api.Session;
import dev.mochi.api.command.ArgumentInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the words after a command's name into arguments and options, by Koishi's rules:
 *
 * <ul>
 *   <li>An unquoted word starting with {@code -} is an option, unless the next argument is numeric and the word
 *       is a number ({@code test [...n:number]} takes {@code -3}). {@code --no-x} sets {@code x} to false.
 *       {@code -abc} sets {@code a} and {@code b} and gives the value to {@code c}; {@code --x=v} and
 *       {@code -ab=v} give it inline.</li>
 *   <li>A typed option always takes the next word as its value ({@code --beta -1}); a flag never does
 *       ({@code --alpha 1} leaves {@code 1} an argument). A typed option given no value gets its fallback, or the
 *       value of an empty word (an error for numbers). A greedy option ({@code text}) takes the rest.</li>
 *   <li>An argument of type {@code text} takes the rest of the line as written, options included, unless its
 *       first word is an option ({@code a b -c} with {@code [bar:text]} gives {@code "b -c"}).</li>
 *   <li>A word equal to a symbolic option ({@code #}) is that option. A bare {@code --} ends the options: every
 *       later word is an argument and the source after it is {@link Parsed#rest()}.</li>
 *   <li>Flags no option declares are kept under their own name (true, or the inline value) and listed as unknown;
 *       unlike Koishi, an unknown flag never swallows the next word. {@code -h}/{@code --help} request help.</li>
 * </ul>
 *
 * Whatever reaches the action has its declared type, or parsing stops with that type's error: a word of dashes and
 * {@code =} ({@code ---}, {@code -=1}) that names no flag is an argument, parsed by the argument's type. An option's
 * value has the Java type of the option's declared type however it was set: by its flag, by a value variant, by its
 * fallback or by an alias's preset ({@code -W} of {@code -w <id:number>} gives {@code 0.0}, never {@code 0}).
 * Parsing stops at the first invalid value; the error is reported later, after authority is checked.
 */
final class ArgvParser {
  private final List<ArgumentInfo> arguments;
  private final OptionTable table;
  private final TypeRegistry types;
  private final Session session;
  private final List<Object> args = new ArrayList<>();
  private final Map<String, Object> options = new LinkedHashMap<>();
  private final List<String> unknown = new ArrayList<>();
  private Parsed.Error error;
  private int authority;
  private boolean help;
  private String rest = "";

  ArgvParser(List<ArgumentInfo> arguments, OptionTable table, TypeRegistry types, Session session) {
    this.arguments = arguments;
    this.table = table;
    this.types = types;
    this.session = session;
  }

  /** Parses {@code line}'s words from index {@code from}, after the preset arguments and options of an alias. */
  Parsed parse(Line line, int from, List<String> presetArgs, Map<String, Object> presetOptions) {
    for (Map.Entry<String, Object> preset : presetOptions.entrySet()) {
      OptionSpec spec = table.option(preset.getKey());
      options.put(preset.getKey(), spec == null ? preset.getValue() : types.coerce(spec.type, preset.getValue(), session));
    }
    for (String preset : presetArgs) {
      if (error == null) argument(preset);
    }
    List<Token> tokens = line.tokens();
    int i = from;
    boolean ended = false;
    while (i < tokens.size() && error == null) {
      Token token = tokens.get(i);
      ArgType type = types.resolve(typeName(argumentAt(args.size())));
      if (type.greedy() && (ended || !token.dashed())) {
        argument(line.restFrom(i), type);
        break;
      }
      i++;
      String content = token.content();
      OptionSpec.Flag symbol = ended || token.quoted() ? null : table.symbol(content);
      if (symbol != null) {
        i = option(List.of(symbol), List.of(content), null, line, i);
      } else if (!ended && !token.quoted() && content.equals("--")) {
        ended = true;
        rest = line.restAfter(i - 1);
      } else if (ended || !token.dashed() || type.numeric() && BuiltinTypes.isNumeric(content)) {
        argument(content, type);
      } else {
        i = flags(content, line, i);
      }
    }
    for (OptionSpec spec : table.all()) {
      if (spec.hasFallback && !options.containsKey(spec.name)) {
        options.put(spec.name, types.coerce(spec.type, spec.fallback, session));
      }
    }
    return new Parsed(args, options, rest, error, unknown, authority, help);
  }

  private int flags(String content, Line line, int i) {
    int dashes = 0;
    while (dashes < content.length() && content.charAt(dashes) == '-') dashes++;
    int eq = content.indexOf('=', dashes);
    String name = eq < 0 ? content.substring(dashes) : content.substring(dashes, eq);
    String inline = eq < 0 ? null : content.substring(eq + 1);
    if (name.isEmpty()) {
      argument(content);
      return i;
    }
    if (dashes > 1 && name.startsWith("no-") && table.flag(name) == null) {
      OptionSpec.Flag target = table.flag(name.substring(3));
      if (target == null) {
        unknown.add(name.substring(3));
        options.put(name.substring(3), false);
      } else {
        authority = Math.max(authority, target.authority());
        options.put(target.option().name, false);
      }
      return i;
    }
    List<String> names = dashes > 1 ? List.of(name) : name.codePoints().mapToObj(Character::toString).toList();
    List<OptionSpec.Flag> resolved = new ArrayList<>(names.size());
    for (String n : names) resolved.add(table.flag(n));
    return option(resolved, names, inline, line, i);
  }

  /** Assigns flags {@code names} (resolved, null when unknown); the last one gets the value. */
  private int option(List<OptionSpec.Flag> flags, List<String> names, String inline, Line line, int i) {
    OptionSpec.Flag last = flags.get(flags.size() - 1);
    String value = inline;
    List<Token> tokens = line.tokens();
    if (value == null && last != null && last.variant() == null && last.option().typed()) {
      if (types.resolve(last.option().type).greedy()) {
        value = line.restFrom(i);
        i = tokens.size();
      } else if (i < tokens.size()) {
        value = tokens.get(i).content();
        i++;
      }
    }
    for (int j = 0; j < flags.size() && error == null; j++) {
      assign(flags.get(j), names.get(j), j == flags.size() - 1 ? value : null);
    }
    return i;
  }

  private void assign(OptionSpec.Flag flag, String name, String value) {
    if (flag == null) {
      if (name.equals("h") || name.equals("help")) {
        help = true;
      } else {
        unknown.add(name);
        options.put(name, value == null ? Boolean.TRUE : value);
      }
      return;
    }
    OptionSpec spec = flag.option();
    authority = Math.max(authority, flag.authority());
    if (flag.variant() != null) {
      options.put(spec.name, types.coerce(spec.type, flag.variant().value(), session));
    } else if (!spec.typed()) {
      Object v = value == null ? Boolean.TRUE : convert(types.resolve("boolean"), value, true, spec.name);
      if (v != null) options.put(spec.name, v);
    } else if (value == null && spec.hasFallback) {
      options.put(spec.name, types.coerce(spec.type, spec.fallback, session));
    } else {
      Object v = convert(types.resolve(spec.type), value == null ? "" : value, true, spec.name);
      if (error == null) options.put(spec.name, v);
    }
  }

  private void argument(String source) {
    argument(source, types.resolve(typeName(argumentAt(args.size()))));
  }

  private void argument(String source, ArgType type) {
    ArgumentInfo decl = argumentAt(args.size());
    Object v = convert(type, source, false, decl == null ? String.valueOf(args.size() + 1) : decl.name());
    if (error == null) args.add(v);
  }

  private ArgumentInfo argumentAt(int index) {
    if (index < arguments.size()) return arguments.get(index);
    if (!arguments.isEmpty() && arguments.get(arguments.size() - 1).variadic()) {
      return arguments.get(arguments.size() - 1);
    }
    return null;
  }

  private static String typeName(ArgumentInfo decl) {
    return decl == null ? null : decl.type();
  }

  private Object convert(ArgType type, String source, boolean option, String name) {
    try {
      return type.parser().parse(source, session);
    } catch (InvalidValue e) {
      error = new Parsed.Error(option, name, e.getMessage(), e.args(), "");
    } catch (IllegalArgumentException e) {
      String reason = e.getMessage() == null ? "" : e.getMessage();
      error = new Parsed.Error(option, name, null, new Object[0], reason);
    }
    return null;
  }
}
