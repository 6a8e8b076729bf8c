package dev.mochi.core.i18n;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The few ICU MessageFormat texts that need no ICU, formatted without loading it: ICU costs a start about 400 classes
 * and its locale data, and the ready line ({@code {1, plural, one {# bot} other {# bots}}}) was its only use before
 * ready. Covered, in English and Chinese only: numbered arguments {@code {0}}, {@code {0,number,#}} and
 * {@code {0, plural, =N {…} one {…} other {…}}} with {@code #} and arguments inside. Everything else returns
 * {@code null} and goes to ICU: another language, a quote ({@code '}), a named argument, {@code offset:}, any other
 * argument type, and any value for which ICU's output is not plain digits — a plural or a plain argument that is not
 * an integer from 0 to 999 (ICU groups thousands there: {@code 1,000}), a number that is negative or not an integer.
 * {@code PlainPluralsTest} holds this to ICU's output for every such text the runtime and its plugins ship.
 */
final class PlainPlurals {
  /** What ICU accepts before a plural case, {@code offset:} left out; anything else is ICU's to refuse. */
  private static final Pattern SELECTOR = Pattern.compile("=(0|[1-9]\\d{0,2})|zero|one|two|few|many|other");
  private final String text;
  private final Object[] args;
  private final boolean english;
  private int at;

  private PlainPlurals(String text, Object[] args, boolean english) {
    this.text = text;
    this.args = args;
    this.english = english;
  }

  /** {@code template} formatted as ICU would in {@code locale}, or {@code null} when it takes ICU to do so. */
  static String format(String locale, String template, Object... args) {
    String language = locale.length() >= 2 ? locale.substring(0, 2) : locale;
    boolean english = language.equals("en") && (locale.length() == 2 || locale.charAt(2) == '-' || locale.charAt(2) == '_');
    boolean chinese = language.equals("zh") && (locale.length() == 2 || locale.charAt(2) == '-' || locale.charAt(2) == '_');
    if (!english && !chinese || template.indexOf('\'') >= 0) return null;
    PlainPlurals p = new PlainPlurals(template, args, english);
    StringBuilder out = new StringBuilder(template.length() + 16);
    return p.message(out, -1) && p.at == template.length() ? out.toString() : null;
  }

  /** Copies text and arguments up to the end, or up to a plural case's closing brace when {@code hash >= 0}. */
  private boolean message(StringBuilder out, long hash) {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '}') return hash >= 0;
      if (c == '{') {
        at++;
        if (!argument(out)) return false;
      } else {
        out.append(c == '#' && hash >= 0 ? Long.toString(hash) : String.valueOf(c));
        at++;
      }
    }
    return hash < 0;
  }

  /** One argument after its opening brace, up to and past its closing brace. */
  private boolean argument(StringBuilder out) {
    String index = until(",}");
    if (index == null || index.isEmpty() || !index.chars().allMatch(ch -> ch >= '0' && ch <= '9') || index.length() > 3) {
      return false;
    }
    int i = Integer.parseInt(index);
    if (i >= args.length) return false;
    Object value = args[i];
    if (text.charAt(at++) == '}') {
      if (value instanceof String s) {
        out.append(s);
        return true;
      }
      long n = small(value);
      if (n < 0) return false;
      out.append(n);
      return true;
    }
    String type = until(",}");
    if ("number".equals(type) && text.charAt(at++) == ',') {
      String style = until("}");
      if (!"#".equals(style) || !(integer(value) instanceof Long n) || n < 0 || n >= 1_000_000_000_000_000L) return false;
      at++;
      out.append(n);
      return true;
    }
    return "plural".equals(type) && text.charAt(at++) == ',' && plural(out, small(value));
  }

  /** The cases of a plural argument whose value is {@code n} (negative: not one ICU writes as plain digits). */
  private boolean plural(StringBuilder out, long n) {
    if (n < 0) return false;
    Map<String, String> cases = new HashMap<>();
    while (true) {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
      if (at >= text.length()) return false;
      if (text.charAt(at) == '}') {
        at++;
        break;
      }
      String selector = until("{");
      if (selector == null || !SELECTOR.matcher(selector).matches()) return false;
      at++;
      StringBuilder body = new StringBuilder();
      if (!message(body, n)) return false;
      at++;
      if (cases.putIfAbsent(selector, body.toString()) != null) return false;
    }
    String chosen = cases.get("=" + n);
    if (chosen == null) chosen = cases.get(english && n == 1 ? "one" : "other");
    if (chosen == null) chosen = cases.get("other");
    if (chosen == null) return false;
    out.append(chosen);
    return true;
  }

  /** The trimmed text up to (not past) the first of {@code stops}, or {@code null} when the text ends first. */
  private String until(String stops) {
    int start = at;
    while (at < text.length() && stops.indexOf(text.charAt(at)) < 0) {
      if (text.charAt(at) == '{' || text.charAt(at) == '}') return null;
      at++;
    }
    return at < text.length() ? text.substring(start, at).trim() : null;
  }

  /** An integer from 0 to 999, which ICU writes as its digits in both languages; -1 for anything else. */
  private static long small(Object value) {
    return integer(value) instanceof Long n && n >= 0 && n < 1000 ? n : -1;
  }

  private static Long integer(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        ? ((Number) value).longValue() : null;
  }
}
