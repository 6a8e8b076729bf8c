package dev.mochi.core.command;

import dev.mochi.api.command.CommandException;
import dev.mochi.api.command.OptionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The options of one command and the flags that reach them. Declaring an option again with the same name
 * merges into it (a declaration with {@code value(…)} adds a variant); a flag already used by another option,
 * or by another variant, is refused, so no flag is ever ambiguous.
 */
final class OptionTable {
  private final String command;
  private final TypeRegistry types;
  private final List<OptionSpec> order = new CopyOnWriteArrayList<>();
  private final Map<String, OptionSpec> byName = new ConcurrentHashMap<>();
  private final Map<String, OptionSpec.Flag> flags = new ConcurrentHashMap<>();
  private final Map<String, OptionSpec.Flag> symbols = new ConcurrentHashMap<>();

  OptionTable(String command, TypeRegistry types) {
    this.command = command;
    this.types = types;
  }

  synchronized void declare(String name, String declaration, OptionDraft draft) {
    if (name == null || name.isBlank()) throw new CommandException(command, "an option needs a name");
    Declarations.OptionSyntax syntax = Declarations.option(name, declaration);
    OptionSpec spec = byName.get(name);
    boolean fresh = spec == null;
    if (fresh) spec = new OptionSpec(name);
    List<String> names = new ArrayList<>(syntax.names());
    String extra = null;
    String kebab = Declarations.kebab(name);
    OptionSpec.Variant variant = null;
    if (draft.hasValue) {
      variant = new OptionSpec.Variant(syntax.syntax(null), List.copyOf(names), draft.value,
          draft.authority == null ? 0 : draft.authority, describe(draft, syntax), Boolean.TRUE.equals(draft.hidden));
    } else if (!names.contains(kebab) && !flags.containsKey(kebab) && !symbols.containsKey(kebab)) {
      names.add(kebab);
      extra = "--" + kebab;
    }
    String display = syntax.syntax(extra);
    OptionSpec.Flag flag = new OptionSpec.Flag(spec, variant);
    checkFree(names, flags, flag, "-");
    checkFree(syntax.symbols(), symbols, flag, "");
    if (variant == null) defineBase(spec, syntax, names, display, draft);
    else spec.variants.add(variant);
    checkVariants(spec);
    for (String n : names) flags.put(n, flag);
    for (String s : syntax.symbols()) symbols.put(s, flag);
    if (fresh) {
      byName.put(name, spec);
      order.add(spec);
    }
  }

  private void defineBase(OptionSpec spec, Declarations.OptionSyntax syntax, List<String> names, String display,
                          OptionDraft draft) {
    for (String old : spec.names) flags.remove(old, new OptionSpec.Flag(spec, null));
    spec.names = List.copyOf(names);
    spec.syntax = display;
    spec.description = describe(draft, syntax);
    if (draft.authority != null) spec.authority = draft.authority;
    if (draft.hidden != null) spec.hidden = draft.hidden;
    if (draft.hasFallback) {
      spec.fallback = draft.fallback;
      spec.hasFallback = true;
    }
    String type = draft.type;
    if (type == null && syntax.param() != null) type = syntax.param().type();
    if ((type == null || type.isEmpty()) && syntax.param() != null) type = inferred(spec);
    if (syntax.param() == null && draft.type == null) type = "boolean";
    if (type.startsWith("regex:") || type.startsWith("enum:")) {
      try {
        types.resolve(type);
      } catch (IllegalArgumentException e) {
        throw new CommandException(command, "option '" + spec.name + "': " + e.getMessage());
      }
    }
    spec.type = type;
    if (spec.hasFallback) spec.fallback = typed(spec, spec.fallback, "its fallback");
  }

  /**
   * {@code value} as the Java type of the option's type, or a {@link CommandException} at declaration: one option
   * yields one Java type, whether its flag, a value variant or its fallback set it.
   */
  private Object typed(OptionSpec spec, Object value, String what) {
    try {
      return types.coerce(spec.type, value, null);
    } catch (IllegalArgumentException e) {
      throw new CommandException(command, "option '" + spec.name + "': " + what + " (" + value + ") is not a value of "
          + "its type '" + spec.type + "'; give a value of that type, or declare the option with another type");
    }
  }

  /** Checks the value variants of {@code spec} against its type, once the type is known. */
  private void checkVariants(OptionSpec spec) {
    if (spec.type == null) return;
    for (OptionSpec.Variant v : spec.variants) typed(spec, v.value(), "the value of " + v.syntax());
  }

  private static String describe(OptionDraft draft, Declarations.OptionSyntax syntax) {
    return draft.description != null ? draft.description : syntax.description();
  }

  private static String inferred(OptionSpec spec) {
    if (!spec.hasFallback) return "string";
    return switch (spec.fallback) {
      case Integer i -> "integer";
      case Long l -> "integer";
      case Short s -> "integer";
      case Number n -> "number";
      case Boolean b -> "boolean";
      default -> "string";
    };
  }

  private void checkFree(List<String> names, Map<String, OptionSpec.Flag> table, OptionSpec.Flag flag, String dash) {
    for (String n : names) {
      OptionSpec.Flag existing = table.get(n);
      if (existing == null || existing.equals(flag)) continue;
      String prefix = dash.isEmpty() ? "" : n.length() == 1 ? "-" : "--";
      throw new CommandException(command, "option flag '" + prefix + n + "' of option '" + flag.option().name
          + "' is already used by option '" + existing.option().name + "'; choose another flag");
    }
  }

  OptionSpec.Flag flag(String name) {
    return flags.get(name);
  }

  OptionSpec.Flag symbol(String content) {
    return symbols.get(content);
  }

  OptionSpec option(String name) {
    return byName.get(name);
  }

  List<OptionSpec> all() {
    return order;
  }

  List<OptionInfo> infos() {
    List<OptionInfo> out = new ArrayList<>();
    for (OptionSpec spec : order) out.addAll(spec.infos());
    return out;
  }
}
