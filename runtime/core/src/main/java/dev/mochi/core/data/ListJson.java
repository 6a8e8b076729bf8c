package dev.mochi.core.data;

import java.util.List;

/**
 * JSON text of a list of strings, written without a general-purpose mapper: the hot path of a list field is a
 * plugin appending one item and the whole list being written back, so {@link ObservedList} keeps the text of
 * what it last wrote and extends it with the appended items only ({@link #append}). Strings are escaped as JSON
 * requires (quote, backslash, control characters); everything else is written as is, as Jackson does.
 *
 * <p><b>Padding (SQLite).</b> SQLite writes a changed row whole — every overflow page of a long list — unless the
 * new row takes exactly as many bytes as the old one: then it overwrites the row in place and writes only the pages
 * whose bytes differ. So on SQLite the text of a list of {@link #PAD_FROM} bytes or more is followed by spaces up to
 * its {@link #capacity}, a size that grows in steps of a quarter of a power of two; appending an item then changes
 * the page or two at the end of the text (and the page with the row's other changed columns), not all of them, and
 * the row is written whole only when the list outgrows its step. JSON allows whitespace after the value, so every
 * reader (Jackson, SQLite's {@code json_each}) reads the padded text as the same list.
 */
final class ListJson {
  /** Texts shorter than this (in UTF-8 bytes) are never padded: they fit in the row's own page. */
  static final int PAD_FROM = 2048;

  private ListJson() {}

  /** A list's column text: its JSON ends at {@code end} (after the {@code ]}), and the JSON is {@code bytes} UTF-8 bytes long. */
  record Text(String text, int end, int bytes) {}

  /** Whether every element is a string (or null), so this writer can encode the list. */
  static boolean encodable(List<?> items) {
    for (Object o : items) if (o != null && !(o instanceof String)) return false;
    return true;
  }

  /** The whole list as JSON. */
  static String of(List<?> items) {
    return of(items, false).text();
  }

  /** The whole list as column text, padded to its {@link #capacity} when {@code pad}. */
  static Text of(List<?> items, boolean pad) {
    StringBuilder b = new StringBuilder(16 + items.size() * 12).append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) b.append(',');
      string(b, (String) items.get(i));
    }
    b.append(']');
    return finish(b, utf8Length(b, 0, b.length()), pad);
  }

  /** {@code previous} (the JSON of the first {@code from} items) extended with the items from {@code from} on. */
  static String append(String previous, int from, List<?> items) {
    return append(new Text(previous, previous.length(), utf8Length(previous, 0, previous.length())), from, items, false).text();
  }

  /**
   * {@code previous} (the column text of the first {@code from} items, padded or not) extended with the items from
   * {@code from} on; only the new items are encoded and measured.
   */
  static Text append(Text previous, int from, List<?> items, boolean pad) {
    int estimate = Math.max(previous.text().length(), previous.end() + (items.size() - from) * 12 + 1);
    StringBuilder b = new StringBuilder(estimate);
    b.append(previous.text(), 0, previous.end() - 1);
    int mark = b.length();
    for (int i = from; i < items.size(); i++) {
      if (i > 0) b.append(',');
      string(b, (String) items.get(i));
    }
    int bytes = previous.bytes() + utf8Length(b, mark, b.length());
    return finish(b.append(']'), bytes, pad);
  }

  /** {@code json} (written by another encoder) as column text, padded to its capacity when {@code pad}. */
  static String padded(String json, boolean pad) {
    if (!pad) return json;
    return finish(new StringBuilder(json), utf8Length(json, 0, json.length()), true).text();
  }

  /**
   * The size in bytes that the column text of a JSON text of {@code bytes} bytes takes on SQLite: the same below
   * {@link #PAD_FROM}, else rounded up to a multiple of a quarter of the largest power of two not above it (so at
   * most a quarter more than the JSON, and the same for every length up to the next step).
   */
  static int capacity(int bytes) {
    if (bytes < PAD_FROM) return bytes;
    long step = Integer.highestOneBit(bytes) / 4;
    return (int) Math.min(Integer.MAX_VALUE, (bytes + step - 1) / step * step);
  }

  /** The UTF-8 length of {@code s[from, to)}, as the JDBC driver encodes it (an unpaired surrogate as one byte). */
  static int utf8Length(CharSequence s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += Character.isSurrogate(c) ? 1 : 3;
      }
    }
    return n;
  }

  private static Text finish(StringBuilder b, int bytes, boolean pad) {
    int end = b.length();
    if (pad) {
      int spaces = capacity(bytes) - bytes;
      if (spaces > 0) b.repeat(' ', spaces);
    }
    return new Text(b.toString(), end, bytes);
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
