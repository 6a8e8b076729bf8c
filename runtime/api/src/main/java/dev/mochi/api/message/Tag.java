package dev.mochi.api.message;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One tag of the text form as written: {@code <name attr="v" flag>}, {@code <name/>} or {@code </name>}.
 * {@link #read} looks at one {@code <} and never past the first character that cannot belong to the tag; since a
 * quoted attribute value may not contain {@code <} (the printer writes it as {@code &lt;}), the characters a failed
 * attempt looked at contain no other {@code <}, so trying every {@code <} of a text costs time linear in its length.
 *
 * @param end offset just after the tag's {@code >}
 * @param name the tag name
 * @param closing {@code </name>}
 * @param selfClosing {@code <name/>}
 * @param attrs attribute values, entities decoded, in the order written
 * @param bare attributes written without a value ({@code <x flag/>})
 */
record Tag(int end, String name, boolean closing, boolean selfClosing, Map<String, String> attrs, Set<String> bare) {

  /** The tag starting at {@code lt} (where {@code source} has a {@code <}), or null when none starts there. */
  static Tag read(String source, int lt) {
    int n = source.length();
    int i = lt + 1;
    boolean closing = i < n && source.charAt(i) == '/';
    if (closing) i++;
    int nameEnd = name(source, i, false);
    if (nameEnd == i) return null;
    String name = source.substring(i, nameEnd);
    i = nameEnd;
    if (closing) {
      i = spaces(source, i);
      return i < n && source.charAt(i) == '>' ? new Tag(i + 1, name, true, false, Map.of(), Set.of()) : null;
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    Set<String> bare = new LinkedHashSet<>();
    while (true) {
      int j = spaces(source, i);
      if (j < n && source.charAt(j) == '>') return new Tag(j + 1, name, false, false, attrs, bare);
      if (j + 1 < n && source.charAt(j) == '/' && source.charAt(j + 1) == '>') {
        return new Tag(j + 2, name, false, true, attrs, bare);
      }
      if (j == i) return null;
      int keyEnd = name(source, j, true);
      if (keyEnd == j) return null;
      String key = source.substring(j, keyEnd);
      int k = spaces(source, keyEnd);
      if (k >= n || source.charAt(k) != '=') {
        attrs.put(key, "");
        bare.add(key);
        i = keyEnd;
        continue;
      }
      k = spaces(source, k + 1);
      int valueEnd = value(source, k);
      if (valueEnd < 0) return null;
      char q = source.charAt(k);
      String raw = q == '"' || q == '\'' ? source.substring(k + 1, valueEnd - 1) : source.substring(k, valueEnd);
      attrs.put(key, Markup.unescape(raw));
      bare.remove(key);
      i = valueEnd;
    }
  }

  /** The end of a name starting at {@code i} ({@code i} itself when none starts there). */
  private static int name(String s, int i, boolean attribute) {
    if (i >= s.length()) return i;
    char first = s.charAt(i);
    if (!(first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z' || attribute && first == '_')) return i;
    int j = i + 1;
    while (j < s.length() && isNameChar(s.charAt(j))) j++;
    return j;
  }

  private static boolean isNameChar(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == ':' || c == '.'
        || c == '-';
  }

  /** The end of an attribute value starting at {@code i}, or -1 when none is there. */
  private static int value(String s, int i) {
    int n = s.length();
    if (i >= n) return -1;
    char q = s.charAt(i);
    if (q == '"' || q == '\'') {
      for (int j = i + 1; j < n; j++) {
        char c = s.charAt(j);
        if (c == q) return j + 1;
        if (c == '<') return -1;
      }
      return -1;
    }
    int j = i;
    while (j < n && !Character.isWhitespace(s.charAt(j)) && "\"'=<>/".indexOf(s.charAt(j)) < 0) j++;
    return j == i ? -1 : j;
  }

  private static int spaces(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    return i;
  }
}
