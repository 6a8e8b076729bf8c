package dev.mochi.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A tokenized command line: the source as typed and its words with their offsets, so a greedy {@code text}
 * argument can take the rest of the line exactly as it was written.
 *
 * @param interpolations how many {@code $(…)} the words hold, nested ones included
 * @param interpolationDepth how deeply they nest (0 without any, 1 for {@code $(a)}, 2 for {@code $(a $(b))})
 */
record Line(String source, List<Token> tokens, int interpolations, int interpolationDepth) {

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
    return interpolations > 0;
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
      StringBuilder content = new StringBuilder(t.content().length());
      int srcPos = t.start();
      int contentPos = 0;
      for (Token.Interpolation inter : t.inters()) {
        String output = evaluate.apply(inter.line());
        source.append(this.source, srcPos, inter.start()).append(output);
        srcPos = inter.end();
        content.append(t.content(), contentPos, inter.at()).append(output);
        contentPos = inter.at();
      }
      content.append(t.content(), contentPos, t.content().length());
      source.append(this.source, srcPos, t.end());
      copied = t.end();
      out.add(new Token(content.toString(), t.quoted(), start, source.length(), List.of()));
    }
    source.append(this.source, copied, this.source.length());
    return new Line(source.toString(), out, 0, 0);
  }
}
