package dev.mochi.api.message;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses and prints the text form of messages. Malformed markup is kept as text, never rejected: a {@code <} that
 * starts no tag, a closing tag nothing opened, and an opening tag that is never closed ({@code todo done <n>.}) are
 * all text.
 *
 * <p>The parser makes one pass and never looks back, so its cost is linear in the length of the source, whatever
 * the source is. Everything it has read sits in one flat list of nodes (text and finished elements); an open tag is
 * a frame on a stack that remembers where its children begin in that list, and a placeholder text holding the tag as
 * written. When the tag's closing tag comes, the nodes after the placeholder become the element's children and the
 * placeholder becomes the element. Frames above it in the stack were never closed: their placeholders simply stay
 * text, and their children stay where they are, so nothing is ever moved twice. An element nested deeper than
 * {@link MarkupLimits#maxDepth()} stays text the same way (or, when parsing strictly, is refused).
 */
final class Markup {
  private Markup() {}

  static List<Element> parse(String source, MarkupLimits limits, boolean strict) {
    return new Parser(source, limits, strict).run();
  }

  /**
   * An open tag: the tag as read, the node its placeholder text is in, where in that node the placeholder starts,
   * and the height of the tallest element finished inside it so far.
   */
  private static final class Frame {
    final Tag tag;
    final int index;
    final int offset;
    final int length;
    int height;

    Frame(Tag tag, int index, int offset, int length) {
      this.tag = tag;
      this.index = index;
      this.offset = offset;
      this.length = length;
    }
  }

  /** A finished element and its height ({@code <b>x</b>} is 1 high). */
  private record Built(Element element, int height) {}

  private static final class Parser {
    private final String src;
    private final MarkupLimits limits;
    private final boolean strict;
    /** Text ({@code StringBuilder}s, decoded, never two in a row) and finished elements ({@code Built}), in order. */
    private final List<Object> nodes = new ArrayList<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, Integer> open = new HashMap<>();
    private int elements;

    Parser(String src, MarkupLimits limits, boolean strict) {
      this.src = src;
      this.limits = limits;
      this.strict = strict;
    }

    List<Element> run() {
      int i = 0;
      int n = src.length();
      while (i < n) {
        int lt = src.indexOf('<', i);
        if (lt < 0) {
          text(i, n);
          break;
        }
        if (lt > i) text(i, lt);
        Tag tag = Tag.read(src, lt);
        if (tag == null) {
          appendText("<");
          i = lt + 1;
          continue;
        }
        if (tag.closing()) close(tag, lt);
        else if (tag.selfClosing()) selfClosing(tag, lt);
        else openTag(tag, lt);
        i = tag.end();
      }
      return children(0, 0);
    }

    private void openTag(Tag tag, int lt) {
      String placeholder = unescape(src.substring(lt, tag.end()));
      StringBuilder last = lastText();
      int offset = last == null ? 0 : last.length();
      int index = last == null ? nodes.size() : nodes.size() - 1;
      appendText(placeholder);
      stack.push(new Frame(tag, index, offset, placeholder.length()));
      open.merge(tag.name(), 1, Integer::sum);
    }

    private void selfClosing(Tag tag, int lt) {
      if (fits(1)) add(new Built(new Element(tag.name(), tag.attrs(), tag.bare(), List.of()), 1));
      else text(lt, tag.end());
    }

    private void close(Tag tag, int lt) {
      if (open.getOrDefault(tag.name(), 0) == 0) {
        text(lt, tag.end());
        return;
      }
      Frame frame = stack.pop();
      open.merge(frame.tag.name(), -1, Integer::sum);
      while (!frame.tag.name().equals(tag.name())) {
        lift(frame);
        frame = stack.pop();
        open.merge(frame.tag.name(), -1, Integer::sum);
      }
      int height = frame.height + 1;
      if (!fits(height)) {
        lift(frame);
        text(lt, tag.end());
        return;
      }
      List<Element> kids = children(frame.index, frame.offset + frame.length);
      nodes.subList(frame.index + 1, nodes.size()).clear();
      StringBuilder before = (StringBuilder) nodes.get(frame.index);
      before.setLength(frame.offset);
      if (before.isEmpty()) nodes.remove(frame.index);
      add(new Built(new Element(frame.tag.name(), frame.tag.attrs(), frame.tag.bare(), kids), height));
    }

    /** A frame that stays text: what was finished inside it now counts for the frame around it. */
    private void lift(Frame frame) {
      if (!stack.isEmpty()) stack.peek().height = Math.max(stack.peek().height, frame.height);
    }

    /** Whether one more element of {@code height} is allowed; when parsing strictly, throws when it is not. */
    private boolean fits(int height) {
      if (height > limits.maxDepth()) {
        if (strict) throw new MarkupLimitException(MarkupLimitException.Limit.DEPTH, limits.maxDepth());
        return false;
      }
      if (strict && ++elements > limits.maxElements()) {
        throw new MarkupLimitException(MarkupLimitException.Limit.ELEMENTS, limits.maxElements());
      }
      return true;
    }

    private void add(Built built) {
      nodes.add(built);
      if (!stack.isEmpty()) stack.peek().height = Math.max(stack.peek().height, built.height());
    }

    private void text(int from, int to) {
      appendText(unescape(src.substring(from, to)));
    }

    private void appendText(String s) {
      StringBuilder last = lastText();
      if (last != null) last.append(s);
      else nodes.add(new StringBuilder(s));
    }

    private StringBuilder lastText() {
      return !nodes.isEmpty() && nodes.get(nodes.size() - 1) instanceof StringBuilder b ? b : null;
    }

    /** The nodes from {@code from} (the first one from character {@code skip} on) to the end, as elements. */
    private List<Element> children(int from, int skip) {
      List<Element> out = new ArrayList<>();
      for (int k = from; k < nodes.size(); k++) {
        Object node = nodes.get(k);
        if (node instanceof Built b) {
          out.add(b.element());
        } else {
          StringBuilder text = (StringBuilder) node;
          int start = k == from ? skip : 0;
          if (start < text.length()) out.add(Element.text(text.substring(start)));
        }
      }
      return out;
    }
  }

  /** Decodes {@code &lt; &gt; &amp; &quot; &apos;} and numeric entities; anything else stays as written. */
  static String unescape(String s) {
    int amp = s.indexOf('&');
    if (amp < 0) return s;
    StringBuilder out = new StringBuilder(s.length());
    out.append(s, 0, amp);
    int i = amp;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '&') {
        int semi = -1;
        for (int j = i + 1; j < n && j - i <= 10; j++) {
          if (s.charAt(j) == ';') {
            semi = j;
            break;
          }
        }
        String decoded = semi < 0 ? null : decode(s.substring(i + 1, semi));
        if (decoded != null) {
          out.append(decoded);
          i = semi + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static String decode(String entity) {
    switch (entity) {
      case "lt": return "<";
      case "gt": return ">";
      case "amp": return "&";
      case "quot": return "\"";
      case "apos": return "'";
      default:
        try {
          if (entity.startsWith("#x") || entity.startsWith("#X")) {
            return Character.toString(Integer.parseInt(entity.substring(2), 16));
          }
          if (entity.startsWith("#")) return Character.toString(Integer.parseInt(entity.substring(1)));
        } catch (IllegalArgumentException e) {
          return null;
        }
        return null;
    }
  }

  static void escape(String s, boolean attribute, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> out.append(c);
      }
    }
  }
}
