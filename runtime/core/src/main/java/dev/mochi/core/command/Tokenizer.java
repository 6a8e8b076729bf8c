package dev.mochi.core.command;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 *       word. Inside single quotes everything is literal.</li>
 * </ul>
 *
 * <p>The scanner never throws on any input: every construct that is not closed falls back to literal text,
 * and interpolations nest at most {@value #MAX_NESTING} deep. A quote or {@code $(} found unclosed once is
 * remembered as literal, so nested unclosed constructs cannot make the scan exponential.
 */
final class Tokenizer {
  static final int MAX_NESTING = 16;
  private static final String LEFT = "\"'“‘";
  private static final String RIGHT = "\"'”’";
  private static final Pattern TAG = Pattern.compile(
      "<(/?)([A-Za-z][\\w:.-]*)((?:\\s+[A-Za-z_][\\w:.-]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>/]+))?)*)\\s*(/?)>");

  private final String src;
  private final Matcher tag;
  private final BitSet failed = new BitSet();
  private int pos;
  private int depth;

  private Tokenizer(String src) {
    this.src = src;
    this.tag = TAG.matcher(src);
  }

  /** Tokenizes a whole line. */
  static Line tokenize(String source) {
    Tokenizer t = new Tokenizer(source);
    return new Line(source, t.words(false));
  }

  private List<Token> words(boolean nested) {
    List<Token> out = new ArrayList<>();
    while (true) {
      while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
      if (pos >= src.length() || nested && src.charAt(pos) == ')') return out;
      out.add(word(nested));
    }
  }

  private Token word(boolean nested) {
    int start = pos;
    int q = LEFT.indexOf(src.charAt(pos));
    if (q >= 0 && !failed.get(start)) {
      Token t = quoted(start, RIGHT.charAt(q), q % 2 == 1, nested);
      if (t != null) return t;
      failed.set(start);
    }
    if (q >= 0) {
      int end = nested ? src.indexOf(')', start) : -1;
      if (end < 0) end = src.length();
      pos = end;
      return new Token(src.substring(start, end), false, start, end, List.of());
    }
    StringBuilder content = new StringBuilder();
    List<Token.Interpolation> inters = new ArrayList<>();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (Character.isWhitespace(c) || nested && c == ')') break;
      step(content, inters);
    }
    return new Token(content.toString(), false, start, pos, inters);
  }

  /** A quoted word, or null when the quote is not closed before the end (of the line or the interpolation). */
  private Token quoted(int start, char close, boolean literal, boolean nested) {
    pos = start + 1;
    StringBuilder content = new StringBuilder();
    List<Token.Interpolation> inters = new ArrayList<>();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == close && endsWord(pos + 1, nested)) {
        pos++;
        return new Token(content.toString(), true, start, pos, inters);
      }
      if (literal) {
        content.append(c);
        pos++;
      } else {
        step(content, inters);
      }
    }
    return null;
  }

  private boolean endsWord(int at, boolean nested) {
    if (at >= src.length()) return true;
    char c = src.charAt(at);
    return Character.isWhitespace(c) || nested && c == ')';
  }

  /** Consumes one unit of an unquoted or double-quoted word: an escape, an element, an interpolation or a character. */
  private void step(StringBuilder content, List<Token.Interpolation> inters) {
    char c = src.charAt(pos);
    if (c == '\\' && pos + 1 < src.length()) {
      content.append(src.charAt(pos + 1));
      pos += 2;
    } else if (c == '<') {
      int end = elementEnd(pos);
      content.append(src, pos, end);
      pos = end;
    } else if (c == '$' && pos + 1 < src.length() && src.charAt(pos + 1) == '(' && depth < MAX_NESTING
        && !failed.get(pos)) {
      interpolation(content, inters);
    } else {
      content.append(c);
      pos++;
    }
  }

  private void interpolation(StringBuilder content, List<Token.Interpolation> inters) {
    int start = pos;
    pos += 2;
    depth++;
    words(true);
    depth--;
    if (pos < src.length() && src.charAt(pos) == ')') {
      String line = src.substring(start + 2, pos);
      pos++;
      inters.add(new Token.Interpolation(content.length(), start, pos, line));
    } else {
      failed.set(start);
      content.append('$');
      pos = start + 1;
    }
  }

  /** The end of the element starting at {@code at}, or {@code at + 1} when no tag starts there. */
  private int elementEnd(int at) {
    tag.region(at, src.length());
    if (!tag.lookingAt() || !tag.group(1).isEmpty()) return at + 1;
    int end = tag.end();
    if (!tag.group(4).isEmpty()) return end;
    String name = tag.group(2);
    int open = 1;
    int scan = end;
    while (scan < src.length()) {
      int lt = src.indexOf('<', scan);
      if (lt < 0) break;
      tag.region(lt, src.length());
      if (!tag.lookingAt()) {
        scan = lt + 1;
        continue;
      }
      if (tag.group(2).equals(name) && tag.group(4).isEmpty()) {
        open += tag.group(1).isEmpty() ? 1 : -1;
        if (open == 0) return tag.end();
      }
      scan = tag.end();
    }
    return end;
  }
}
