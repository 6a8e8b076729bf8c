package dev.mochi.core.command;

import dev.mochi.api.command.ArgumentInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Koishi's declaration syntax: arguments ({@code <required:type> [optional:type] [...variadic:type]})
 * and option declarations ({@code -s, --long <value:type> description}, or a symbol such as {@code #}).
 */
final class Declarations {
  private Declarations() {}

  private static final Pattern BRACKET = Pattern.compile("<[^>]+>|\\[[^\\]]+]");
  private static final String FLAG = "(?:-[\\w\\x{80}-\\x{FFFF}-]*|[^,\\s\\w\\x{80}-\\x{FFFF}]+)";
  private static final Pattern OPTION = Pattern.compile(
      "^(" + FLAG + "(?:,\\s*" + FLAG + ")*(?=\\s|$))?((?:\\s*\\[[^\\]]+?]|\\s*<[^>]+?>)*)(.*)$", Pattern.DOTALL);

  /**
   * A parsed option declaration.
   *
   * @param names flags without dashes ({@code ["t", "times"]})
   * @param symbols symbolic flags ({@code ["#"]})
   * @param param the declared value (type empty when not written), or null for a flag without one
   * @param description the text after the value
   * @param flags the flags as written ({@code -t, --times})
   * @param bracket the value as written ({@code <n:posint>}), or empty
   */
  record OptionSyntax(List<String> names, List<String> symbols, ArgumentInfo param, String description,
                      String flags, String bracket) {

    /** The flags and value as shown by help, with {@code extraFlag} (e.g. {@code --times}) appended to the flags. */
    String syntax(String extraFlag) {
      String f = extraFlag == null ? flags : flags + ", " + extraFlag;
      return bracket.isEmpty() ? f : f + " " + bracket;
    }
  }

  /** Command names are lower case with {@code _} written as {@code -}. */
  static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The arguments declared in {@code source}, in order. */
  static List<ArgumentInfo> arguments(String source) {
    List<ArgumentInfo> out = new ArrayList<>();
    Matcher m = BRACKET.matcher(source);
    while (m.find()) out.add(argument(m.group(), "string"));
    return out;
  }

  private static ArgumentInfo argument(String bracket, String defaultType) {
    boolean required = bracket.charAt(0) == '<';
    String raw = bracket.substring(1, bracket.length() - 1).strip();
    boolean variadic = raw.startsWith("...");
    if (variadic) raw = raw.substring(3);
    int colon = raw.indexOf(':');
    String name = (colon < 0 ? raw : raw.substring(0, colon)).strip();
    String type = colon < 0 ? "" : raw.substring(colon + 1).strip();
    return new ArgumentInfo(name, type.isEmpty() ? defaultType : type, required, variadic);
  }

  /** Parses the declaration of option {@code name}; with no flags, the flag is {@code --name}. */
  static OptionSyntax option(String name, String declaration) {
    Matcher m = OPTION.matcher(declaration.strip());
    if (!m.matches()) {
      return new OptionSyntax(List.of(kebab(name)), List.of(), null, declaration.strip(), "--" + kebab(name), "");
    }
    String flags = m.group(1) == null ? "--" + kebab(name) : m.group(1);
    List<String> names = new ArrayList<>();
    List<String> symbols = new ArrayList<>();
    for (String flag : flags.split(",")) {
      String f = flag.strip();
      String bare = f.replaceFirst("^-+", "");
      if (bare.isEmpty() || !f.startsWith("-")) symbols.add(f);
      else names.add(bare);
    }
    String bracket = m.group(2).strip();
    Matcher first = BRACKET.matcher(bracket);
    ArgumentInfo param = first.find() ? argument(first.group(), "") : null;
    return new OptionSyntax(names, symbols, param, m.group(3).strip(), flags.strip(), bracket);
  }

  /** {@code maxSize} → {@code max-size}: the long flag an option gets from its name. */
  static String kebab(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) out.append('-');
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c == '_' ? '-' : c);
      }
    }
    return out.toString();
  }
}
