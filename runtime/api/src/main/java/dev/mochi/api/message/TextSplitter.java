package dev.mochi.api.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into pieces of at most {@code limit} characters, for an adapter whose platform limits the length of a
 * message (Discord takes 2,000, the sandbox its {@code max-length}), in order and losing nothing: at the last line break within the limit, else at the last space, else (one long word) at the limit,
 * never between the two halves of a surrogate pair, a markdown escape and what it escapes, nor inside a
 * {@code <@id>}-style mention. Line breaks and spaces
 * at a cut are dropped. Each piece scans back at most {@code limit} characters, so the whole is linear.
 */
public final class TextSplitter {
  private TextSplitter() {}

  /**
   * The pieces of {@code text}, each at most {@code limit} characters; none for an empty text, one when it fits.
   *
   * <pre>{@code TextSplitter.split("one two three four", 9)   // ["one two", "three", "four"]}</pre>
   *
   * @param text the text to cut
   * @param limit the most characters in one piece, at least 2 (a surrogate pair is never cut)
   * @return the pieces, in order
   * @throws IllegalArgumentException when {@code limit} is below 2
   */
  public static List<String> split(String text, int limit) {
    if (limit < 2) throw new IllegalArgumentException("limit must be at least 2, not " + limit);
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (text.length() - start > limit) {
      int end = start + limit;
      int cut = lastIndexOf(text, '\n', start, end);
      if (cut <= start) cut = lastSpace(text, start, end);
      int next;
      if (cut > start) {
        next = cut + 1;
      } else {
        cut = hardCut(text, start, end);
        next = cut;
      }
      pieces.add(text.substring(start, cut));
      start = next;
    }
    if (start < text.length()) pieces.add(text.substring(start));
    return pieces;
  }

  /** The last {@code c} in {@code [from, to]} (a cut there leaves {@code to - from} characters), or -1. */
  private static int lastIndexOf(String text, char c, int from, int to) {
    for (int i = Math.min(to, text.length() - 1); i > from; i--) if (text.charAt(i) == c) return i;
    return -1;
  }

  private static int lastSpace(String text, int from, int to) {
    for (int i = Math.min(to, text.length() - 1); i > from; i--) if (Character.isWhitespace(text.charAt(i))) return i;
    return -1;
  }

  /** {@code to}, moved back before a surrogate pair's low half or before a {@code <...>} token it would split. */
  private static int hardCut(String text, int from, int to) {
    int cut = to;
    if (Character.isLowSurrogate(text.charAt(cut)) && cut - 1 > from) cut--;
    if (text.charAt(cut - 1) == '\\' && cut - 1 > from) cut--; // keep a markdown escape with what it escapes
    int open = -1;
    for (int i = cut - 1; i > from && i >= cut - 40; i--) {
      char c = text.charAt(i);
      if (c == '>') break;
      if (c == '<') {
        open = i;
        break;
      }
    }
    if (open > from) {
      for (int i = cut; i < text.length() && i < open + 40; i++) {
        if (text.charAt(i) == '>') {
          cut = open;
          break;
        }
      }
    }
    return cut;
  }
}
