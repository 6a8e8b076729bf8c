package dev.mochi.core.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words, by Koishi's rules plus two of its missing ones.
 *
 * <ul>
 *   <li>Whitespace separates words. A word that starts with {@code "}, {@code '}, {@code “} or {@code ‘} runs to
 *       the matching closing quote that is followed by whitespace or the end; the quotes are removed. When no
 *       such closing quote exists, the quote is kept and the word runs to the end of the line, literally
 *       ({@code "foo bar "baz} is one word). Quotes inside a word are ordinary characters
 *       ({@code foo" bar"} is {@code foo"} and {@code bar"}).</li>
 *   <li>A message element ({@code <at id="1"/>}, or an element with children up to its closing tag) never splits,
 *       whatever whitespace its attributes contain.</li>
 *   <li>Outside single quotes, a backslash makes the next character ordinary ({@code a\ b} is the word
 *       {@code a b}), and {@code $(line)} is an interpolation: the output of running {@code line} goes into the
 *       word. Inside single quotes everything is literal. A {@code $(} that is never closed is ordinary text, and so
 *       is every {@code $(} after it.</li>
 * </ul>
 *
 * <p>The scanner reads the line once, keeping open interpolations on an explicit stack rather than recursing, so
 * its cost is linear in the line's length and no nesting can exhaust the thread's stack. Only the end of the line
 * reveals that a construct was not closed: an unclosed quote at the top level simply becomes its literal word, and
 * an unclosed {@code $(} makes the scanner read the line once more with that {@code $(}, and every one after it,
 * as ordinary text. Before it, every {@code $(} was closed before the unclosed one began, so the second reading
 * agrees with the first there and can leave nothing open: two readings at most. The words inside an interpolation
 * are not kept; the interpolation keeps its line, which is read again when it runs. The line records how many
 * interpolations it holds and how deeply they nest, which the executor checks against {@code bot.yml}'s limits
 * before running any of them.
 */
final class Tokenizer {
  private static final String LEFT = "\"'“‘";
  private static final String RIGHT = "\"'”’";

  private final String src;
  private final ElementSpans spans;
  private final int literalFrom;
  private final List<Frame> frames = new ArrayList<>();
  private final List<Token> out = new ArrayList<>();
  private final StringBuilder content = new StringBuilder();
  private List<Token.Interpolation> inters = new ArrayList<>();
  private int wordStart;
  private int count;
  private int height;

  /**
   * The line itself or an open {@code $(}: whether a word is being read in it and, for a quoted word, which quote;
   * and how many interpolations were closed inside it (nested ones included), the tallest of them how high.
   */
  private static final class Frame {
    final int start;
    final int at;
    boolean inWord;
    int quote = -1;
    int quoteStart;
    int count;
    int height;

    Frame(int start, int at) {
      this.start = start;
      this.at = at;
    }
  }

  private Tokenizer(String src, ElementSpans spans, int literalFrom) {
    this.src = src;
    this.spans = spans;
    this.literalFrom = literalFrom;
  }

  /** Tokenizes a whole line. */
  static Line tokenize(String source) {
    ElementSpans spans = ElementSpans.of(source);
    Tokenizer first = new Tokenizer(source, spans, Integer.MAX_VALUE);
    Line line = first.run();
    if (line != null) return line;
    Line second = new Tokenizer(source, spans, first.frames.get(1).start).run();
    return second != null ? second : new Tokenizer(source, spans, 0).run();
  }

  /** The words, or null when the end of the line left a {@code $(} open. */
  private Line run() {
    Frame top = new Frame(-1, 0);
    frames.add(top);
    int n = src.length();
    int pos = 0;
    while (pos < n) {
      Frame f = frames.get(frames.size() - 1);
      boolean nested = f != top;
      char c = src.charAt(pos);
      if (!f.inWord) {
        if (Character.isWhitespace(c)) {
          pos++;
        } else if (nested && c == ')') {
          pos = close(pos);
        } else {
          pos = beginWord(f, pos);
        }
      } else if (f.quote < 0) {
        if (Character.isWhitespace(c) || nested && c == ')') endWord(f, pos, false);
        else pos = step(f, pos);
      } else if (c == RIGHT.charAt(f.quote) && endsWord(pos + 1, nested)) {
        endWord(f, pos + 1, true);
        pos++;
      } else if (f.quote % 2 == 1) {
        if (f == top) content.append(c);
        pos++;
      } else {
        pos = step(f, pos);
      }
    }
    if (frames.size() > 1) return null;
    if (top.inWord && top.quote >= 0) {
      out.add(new Token(src.substring(top.quoteStart), false, top.quoteStart, n, List.of()));
    } else if (top.inWord) {
      endWord(top, n, false);
    }
    return new Line(src, out, count, height);
  }

  private int beginWord(Frame f, int pos) {
    f.inWord = true;
    f.quote = LEFT.indexOf(src.charAt(pos));
    f.quoteStart = pos;
    if (f == frames.get(0)) {
      wordStart = pos;
      content.setLength(0);
      inters = new ArrayList<>();
      f.count = 0;
      f.height = 0;
    }
    return f.quote >= 0 ? pos + 1 : pos;
  }

  private void endWord(Frame f, int end, boolean quoted) {
    f.inWord = false;
    f.quote = -1;
    if (f != frames.get(0)) return;
    out.add(new Token(content.toString(), quoted, wordStart, end, inters));
    count += f.count;
    height = Math.max(height, f.height);
  }

  private boolean endsWord(int at, boolean nested) {
    if (at >= src.length()) return true;
    char c = src.charAt(at);
    return Character.isWhitespace(c) || nested && c == ')';
  }

  /** Consumes one unit of an unquoted or double-quoted word: an escape, an element, a {@code $(} or a character. */
  private int step(Frame f, int pos) {
    boolean top = f == frames.get(0);
    char c = src.charAt(pos);
    if (c == '\\' && pos + 1 < src.length()) {
      if (top) content.append(src.charAt(pos + 1));
      return pos + 2;
    }
    if (c == '<' && spans != null) {
      int end = spans.endOf(pos);
      if (top) content.append(src, pos, end);
      return end;
    }
    if (c == '$' && pos + 1 < src.length() && src.charAt(pos + 1) == '(' && pos < literalFrom) {
      frames.add(new Frame(pos, top ? content.length() : 0));
      return pos + 2;
    }
    if (top) content.append(c);
    return pos + 1;
  }

  /** Closes the innermost {@code $(} at the {@code )} at {@code pos}. */
  private int close(int pos) {
    Frame f = frames.remove(frames.size() - 1);
    Frame parent = frames.get(frames.size() - 1);
    parent.count += f.count + 1;
    parent.height = Math.max(parent.height, f.height + 1);
    if (parent == frames.get(0)) inters.add(new Token.Interpolation(f.at, f.start, pos + 1, src.substring(f.start + 2, pos)));
    return pos + 1;
  }
}
