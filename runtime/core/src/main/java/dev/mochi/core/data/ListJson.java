package dev.mochi.core.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * JSON text of a list of strings, written without a general-purpose mapper: the hot path of a list field is a
 * plugin appending one item and the whole list being written back, so {@link ObservedList} keeps the text of
 * what it last wrote and extends it with the appended items only ({@link #append}; on SQLite its UTF-8 bytes,
 * {@link Utf8}). Strings are escaped as JSON requires (quote, backslash, control characters); everything else is
 * written as is, as Jackson does.
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

  /** Whether every element is a string (or null), so this writer can encode the list. */
  static boolean encodable(List<?> items) {
    return encodable(items, 0);
  }

  private static boolean encodable(List<?> items, int from) {
    for (int i = from; i < items.size(); i++) {
      Object o = items.get(i);
      if (o != null && !(o instanceof String)) return false;
    }
    return true;
  }

  /** The whole list as JSON. */
  static String of(List<?> items) {
    StringBuilder b = new StringBuilder(16 + items.size() * 12).append('[');
    return items(b, items, 0).append(']').toString();
  }

  /** {@code previous} (the JSON of the first {@code from} items) extended with the items from {@code from} on. */
  static String append(String previous, int from, List<?> items) {
    StringBuilder b = new StringBuilder(previous.length() + (items.size() - from) * 12 + 1);
    b.append(previous, 0, previous.length() - 1);
    return items(b, items, from).append(']').toString();
  }

  /** Appends the items from {@code from} on, each after a comma unless it is the list's first. */
  private static StringBuilder items(StringBuilder b, List<?> items, int from) {
    for (int i = from; i < items.size(); i++) {
      if (i > 0) b.append(',');
      string(b, (String) items.get(i));
    }
    return b;
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

  /**
   * The column value of a list of strings on SQLite, kept between writes: the list's JSON in UTF-8 followed by
   * spaces up to its {@link #capacity}. Appended items are encoded and copied into the buffer in place; a write
   * takes a copy ({@link #copy}), bound as bytes that the statement casts to text. So a write of a long list
   * allocates one array of its size, not the builder, the string and the driver's UTF-8 copy of it.
   */
  static final class Utf8 {
    private byte[] buffer;
    /** Where the JSON ends (after its {@code ]}); spaces follow up to the buffer's length. */
    private int end;
    /** How many items the JSON holds. */
    private int size;

    private Utf8(byte[] json, int size) {
      this.size = size;
      this.end = json.length;
      this.buffer = json.length == capacity(json.length) ? json : grown(json, json.length, capacity(json.length));
    }

    /** The buffer of {@code items}, or null when they are not all strings. */
    static Utf8 of(List<?> items) {
      return encodable(items) ? new Utf8(ListJson.of(items).getBytes(StandardCharsets.UTF_8), items.size()) : null;
    }

    /** How many items the buffer holds (the first ones of the list it was made from). */
    int size() {
      return size;
    }

    /**
     * Extends the buffer with the items of {@code items} from {@link #size} on; false (the buffer unchanged) when
     * one of them is not a string.
     */
    boolean append(List<?> items) {
      if (items.size() == size) return true;
      if (!encodable(items, size)) return false;
      StringBuilder b = new StringBuilder((items.size() - size) * 12 + 1);
      byte[] added = items(b, items, size).append(']').toString().getBytes(StandardCharsets.UTF_8);
      int json = end - 1 + added.length;
      if (json > buffer.length) buffer = grown(buffer, end - 1, capacity(json));
      System.arraycopy(added, 0, buffer, end - 1, added.length);
      end = json;
      size = items.size();
      return true;
    }

    /** The column value: a copy of the buffer (the JSON and its padding). */
    byte[] copy() {
      return buffer.clone();
    }

    /** A buffer of {@code capacity} bytes holding the first {@code keep} bytes of {@code from}, spaces after them. */
    private static byte[] grown(byte[] from, int keep, int capacity) {
      byte[] out = Arrays.copyOf(from, capacity);
      Arrays.fill(out, keep, capacity, (byte) ' ');
      return out;
    }
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
