package dev.mochi.core.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Fills {@code {0}} and {@code {name}} placeholders; an unknown placeholder is left as written. A text with a
 * {@code plural} or {@code select} argument ({@code {0, plural, one {# coin} other {# coins}}}) is ICU MessageFormat
 * and is formatted by ICU in the text's locale, whose plural rules decide ({@code one}/{@code other} in English, a
 * single {@code other} in Chinese); the plain placeholders stay on the fast path. ICU and its data are loaded only when
 * a text needs them: the common plural and number forms with small integers ({@link PlainPlurals}) are written
 * without it, exactly as ICU writes them.
 */
final class Templates {
  private static final Pattern ICU = Pattern.compile("\\{\\s*\\w+\\s*,\\s*(plural|select|selectordinal|number|date|time)\\b");
  private static final Map<String, MessageFormat> COMPILED = new ConcurrentHashMap<>();

  private Templates() {}

  static String format(String template, Object... args) {
    return format("en-US", template, args);
  }

  static String format(String locale, String template, Object... args) {
    if (template.indexOf('{') < 0) return template;
    if (ICU.matcher(template).find()) {
      String plain = PlainPlurals.format(locale, template, args);
      return plain != null ? plain : icu(locale, template, args);
    }
    Map<?, ?> named = args.length > 0 && args[args.length - 1] instanceof Map<?, ?> m ? m : null;
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String name = template.substring(i + 1, close);
      Object value = resolve(name, args, named);
      if (value == Missing.VALUE) out.append(template, i, close + 1);
      else out.append(value);
      i = close + 1;
    }
    return out.toString();
  }

  private static String icu(String locale, String template, Object... args) {
    MessageFormat format = COMPILED.computeIfAbsent(locale + "\u0000" + template,
        k -> new MessageFormat(template, ULocale.forLanguageTag(locale)));
    Map<?, ?> named = args.length > 0 && args[args.length - 1] instanceof Map<?, ?> m ? m : null;
    synchronized (format) {
      if (format.usesNamedArguments()) {
        Map<String, Object> values = new HashMap<>();
        if (named != null) named.forEach((k, v) -> values.put(String.valueOf(k), v));
        for (int i = 0; i < args.length; i++) values.putIfAbsent(String.valueOf(i), args[i]);
        return format.format(values);
      }
      return format.format(args);
    }
  }

  private enum Missing { VALUE }

  private static Object resolve(String name, Object[] args, Map<?, ?> named) {
    if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
      int index = Integer.parseInt(name);
      return index < args.length ? String.valueOf(args[index]) : Missing.VALUE;
    }
    if (named != null && named.containsKey(name)) return String.valueOf(named.get(name));
    return Missing.VALUE;
  }
}
