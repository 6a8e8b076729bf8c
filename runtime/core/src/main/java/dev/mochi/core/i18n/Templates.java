package dev.mochi.core.i18n;

import java.util.Map;

/** Fills {@code {0}} and {@code {name}} placeholders; an unknown placeholder is left as written. */
final class Templates {
  private Templates() {}

  static String format(String template, Object... args) {
    if (template.indexOf('{') < 0) return template;
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
