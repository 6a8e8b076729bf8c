package dev.mochi.core.command;

import java.util.List;

/**
 * One word of a command line.
 *
 * @param content the word with its quotes and escapes removed (interpolations not yet inserted)
 * @param quoted whether it was written in quotes (a quoted word is never an option)
 * @param start offset of the word's first character in the line's source
 * @param end offset just after the word
 * @param inters the {@code $(…)} interpolations inside it, in order
 */
record Token(String content, boolean quoted, int start, int end, List<Interpolation> inters) {

  Token {
    inters = List.copyOf(inters);
  }

  /** Whether this word is written like an option: unquoted and starting with a dash. */
  boolean dashed() {
    return !quoted && content.length() > 1 && content.charAt(0) == '-';
  }

  /**
   * A {@code $(line)} inside a word.
   *
   * @param at the offset in the word's content where the output goes
   * @param start offset of {@code $(} in the line's source
   * @param end offset just after the closing {@code )}
   * @param line the command line inside the parentheses
   */
  record Interpolation(int at, int start, int end, String line) {}
}
