package dev.mochi.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A tokenized command line: the source as typed and its words with their offsets, so a greedy {@code text}
 * argument can take the rest of the line exactly as it was written.
 */
record Line(String source, List<Token> tokens) {

  Line {
    tokens = List.copyOf(tokens);
  }

  /** The source from word {@code index} to the end, trailing whitespace removed. */
  String restFrom(int index) {
    if (index >= tokens.size()) return "";
    return source.substring(tokens.get(index).start()).stripTrailing();
  }

  /** The source after word {@code index}, leading and trailing whitespace removed. */
  String restAfter(int index) {
    return source.substring(tokens.get(index).end()).strip();
  }

  boolean hasInterpolations() {
    for (Token t : tokens) {
      if (!t.inters().isEmpty()) return true;
    }
    return false;
  }

  /**
   * Replaces every {@code $(…)} with what {@code evaluate} returns for the line inside it, in the words and in
   * the source alike, so a later greedy argument sees the outputs too.
   */
  Line interpolate(UnaryOperator<String> evaluate) {
    if (!hasInterpolations()) return this;
    StringBuilder source = new StringBuilder(source().length());
    List<Token> out = new ArrayList<>(tokens.size());
    int copied = 0;
    for (Token t : tokens) {
      source.append(this.source, copied, t.start());
      int start = source.length();
      StringBuilder content = new StringBuilder(t.content());
      int srcPos = t.start();
      int shift = 0;
      for (Token.Interpolation inter : t.inters()) {
        String output = evaluate.apply(inter.line());
        source.append(this.source, srcPos, inter.start()).append(output);
        srcPos = inter.end();
        content.insert(inter.at() + shift, output);
        shift += output.length();
      }
      source.append(this.source, srcPos, t.end());
      copied = t.end();
      out.add(new Token(content.toString(), t.quoted(), start, source.length(), List.of()));
    }
    source.append(this.source, copied, this.source.length());
    return new Line(source.toString(), out);
  }
}
