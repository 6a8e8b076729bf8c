package dev.mochi.core.command;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each element of a command line ends, found in one pass. The line is in the canonical text form (see the
 * session's intake), where every {@code <} starts a tag, every {@code >} ends one and every opening tag has its
 * closing tag; so a tag runs to the next {@code >}, and an opening tag's element runs to the end of its closing tag,
 * matched with a stack. Any other input still gets an answer in linear time: a {@code <} that starts no tag is one
 * character, and an opening tag that is never closed is just the tag.
 */
final class ElementSpans {
  private final int[] end;

  private ElementSpans(int[] end) {
    this.end = end;
  }

  private record Open(int at, String name) {}

  /** The spans of {@code src}; {@code null} when it has no {@code <}. */
  static ElementSpans of(String src) {
    int first = src.indexOf('<');
    if (first < 0) return null;
    int[] end = new int[src.length()];
    Deque<Open> stack = new ArrayDeque<>();
    Map<String, Integer> open = new HashMap<>();
    int gt = -1;
    for (int i = first; i >= 0; ) {
      int lt = src.indexOf('<', i + 1);
      if (gt <= i) gt = src.indexOf('>', i + 1);
      if (gt < 0) break;
      if (lt >= 0 && lt < gt) {
        i = lt;
        continue;
      }
      boolean closing = i + 1 < src.length() && src.charAt(i + 1) == '/';
      String name = name(src, closing ? i + 2 : i + 1, gt);
      if (!name.isEmpty()) {
        end[i] = gt + 1;
        if (closing) close(stack, open, name, end, gt + 1);
        else if (src.charAt(gt - 1) != '/') {
          stack.push(new Open(i, name));
          open.merge(name, 1, Integer::sum);
        }
      }
      i = lt;
    }
    return new ElementSpans(end);
  }

  private static void close(Deque<Open> stack, Map<String, Integer> open, String name, int[] end, int at) {
    if (open.getOrDefault(name, 0) == 0) return;
    while (true) {
      Open frame = stack.pop();
      open.merge(frame.name(), -1, Integer::sum);
      if (frame.name().equals(name)) {
        end[frame.at()] = at;
        return;
      }
    }
  }

  /** The end of the element whose tag starts at {@code at}, or {@code at + 1} when no tag starts there. */
  int endOf(int at) {
    int e = end[at];
    return e > at ? e : at + 1;
  }

  private static String name(String src, int from, int to) {
    int i = from;
    while (i < to) {
      char c = src.charAt(i);
      if (Character.isWhitespace(c) || c == '/' || c == '>') break;
      i++;
    }
    if (i == from || !Character.isLetter(src.charAt(from))) return "";
    return src.substring(from, i);
  }
}
