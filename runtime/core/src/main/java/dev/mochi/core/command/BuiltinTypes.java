package dev.mochi.core.command;

import dev.mochi.api.Session;
import dev.mochi.api.message.Element;
import dev.mochi.api.message.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The argument types every command can use. Textual types keep the message's text form (markup and
 * entities as received), so a value sent back re-creates the same message; {@code rawtext} is the plain text.
 * Numbers accept {@code _} and {@code ,} as separators ({@code 1,000} is 1000); {@code number} yields a
 * {@link Double}, the integer types a {@link Long}.
 */
final class BuiltinTypes {
  private BuiltinTypes() {}

  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  static Map<String, ArgType> all() {
    return Map.ofEntries(
        entry(new ArgType("string", (s, session) -> s, false, false)),
        entry(new ArgType("text", (s, session) -> s, true, false)),
        entry(new ArgType("rawtext", (s, session) -> Message.parse(s).plainText(), true, false)),
        entry(new ArgType("boolean", (s, session) -> bool(s), false, false)),
        entry(new ArgType("number", (s, session) -> number(s), false, true)),
        entry(new ArgType("integer", (s, session) -> integer(s, Long.MIN_VALUE, "commands.invalid-integer"), false, true)),
        entry(new ArgType("posint", (s, session) -> integer(s, 1, "commands.invalid-posint"), false, true)),
        entry(new ArgType("natural", (s, session) -> integer(s, 0, "commands.invalid-natural"), false, true)),
        entry(new ArgType("date", (s, session) -> Dates.parse(s), false, false)),
        entry(new ArgType("user", (s, session) -> target(s, session, '@', "at", "commands.invalid-user"), false, false)),
        entry(new ArgType("channel", (s, session) -> target(s, session, '#', "sharp", "commands.invalid-channel"),
            false, false)),
        entry(new ArgType("image", (s, session) -> image(s), false, false)));
  }

  /**
   * The Java type of a value of built-in type {@code name} ({@code null} or empty: {@code string}), or null for a
   * custom domain, whose parser decides.
   */
  static Class<?> javaType(String name) {
    if (name == null || name.isEmpty() || name.startsWith("regex:") || name.startsWith("enum:")) return String.class;
    return switch (name) {
      case "string", "text", "rawtext", "user", "channel" -> String.class;
      case "boolean" -> Boolean.class;
      case "number" -> Double.class;
      case "integer", "posint", "natural" -> Long.class;
      case "date" -> java.time.Instant.class;
      case "image" -> Element.class;
      default -> null;
    };
  }

  private static Map.Entry<String, ArgType> entry(ArgType type) {
    return Map.entry(type.name(), type);
  }

  static boolean bool(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1", "y" -> true;
      case "false", "no", "off", "0", "n" -> false;
      default -> throw new InvalidValue("commands.invalid-boolean");
    };
  }

  /** Whether {@code s} reads as a number (separators allowed): such a word is a value, never an option. */
  static boolean isNumeric(String s) {
    return NUMBER.matcher(strip(s)).matches();
  }

  private static String strip(String s) {
    return s.indexOf(',') < 0 && s.indexOf('_') < 0 ? s : s.replace(",", "").replace("_", "");
  }

  static Double number(String s) {
    String clean = strip(s);
    if (!NUMBER.matcher(clean).matches()) throw new InvalidValue("commands.invalid-number");
    double value = Double.parseDouble(clean);
    if (!Double.isFinite(value)) throw new InvalidValue("commands.invalid-number");
    return value;
  }

  static Long integer(String s, long min, String key) {
    String clean = strip(s);
    if (!NUMBER.matcher(clean).matches() || clean.length() > 400) throw new InvalidValue(key);
    try {
      BigDecimal value = new BigDecimal(clean);
      if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) throw new InvalidValue(key);
      long result = value.longValueExact();
      if (result < min) throw new InvalidValue(key);
      return result;
    } catch (ArithmeticException | NumberFormatException e) {
      throw new InvalidValue(key);
    }
  }

  /**
   * A user ({@code @id}, {@code @platform:id}, {@code <at id="id"/>}) or channel ({@code #id}, {@code #platform:id},
   * {@code <sharp id="id"/>}) as {@code platform:id}.
   */
  private static String target(String s, Session session, char sigil, String element, String key) {
    String platform = session == null ? "" : session.platform();
    if (s.length() > 1 && s.charAt(0) == sigil) {
      String id = s.substring(1);
      return id.indexOf(':') > 0 ? id : platform + ":" + id;
    }
    Element e = single(s);
    if (e != null && e.type().equals(element)) {
      String id = e.attr("id").orElse("");
      if (!id.isEmpty()) return platform + ":" + id;
    }
    throw new InvalidValue(key);
  }

  private static Element image(String s) {
    Element e = single(s);
    if (e != null && (e.type().equals("img") || e.type().equals("image")) && e.attr("src").isPresent()) return e;
    throw new InvalidValue("commands.invalid-image");
  }

  private static Element single(String s) {
    if (s.isEmpty() || s.charAt(0) != '<') return null;
    List<Element> elements = Message.parse(s.strip()).elements();
    return elements.size() == 1 && !elements.get(0).isText() ? elements.get(0) : null;
  }
}
