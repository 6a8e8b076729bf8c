package dev.mochi.core.data;

import java.util.List;

/**
 * JSON text of a list of strings, written without a general-purpose mapper: the hot path of a list field is a
 * plugin appending one item and the whole list being written back, so {@link ObservedList} keeps the text of
 * what it last wrote and extends it with the appended items only ({@link #append}). Strings are escaped as JSON
 * requires (quote, backslash, control characters); everything else is written as is, as Jackson does.
 */
final class ListJson {
  private ListJson() {}

  /** Whether every element is a string (or null), so this writer can encode the list. */
  static boolean encodable(List<?> items) {
    for (Object o : items) if (o != null && !(o instanceof String)) return false;
    return true;
  }

  /** The whole list as JSON. */
  static String of(List<?> items) {
    StringBuilder b = new StringBuilder(16 + items.size() * 12).append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) b.append(',');
      string(b, (String) items.get(i));
    }
    return b.append(']').toString();
  }

  /** {@code previous} (the JSON of the first {@code from} items) extended with the items from {@code from} on. */
  static String append(String previous, int from, List<?> items) {
    StringBuilder b = new StringBuilder(previous.length() + (items.size() - from) * 12 + 1);
    b.append(previous, 0, previous.length() - 1);
    for (int i = from; i < items.size(); i++) {
      if (i > 0) b.append(',');
      string(b, (String) items.get(i));
    }
    return b.append(']').toString();
  }

  private static void string(StringBuilder b, String s) {
    if (s == null) {
      b.append("null");
      return;
    }
    b.append('"');
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      b.append(s, start, i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> b.append(String.format("\\u%04x", (int) c));
      }
      start = i + 1;
    }
    b.append(s, start, s.length()).append('"');
  }
}
