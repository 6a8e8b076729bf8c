package dev.mochi.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text for Discord's content, where text is markdown: a backslash before every character Discord would read
 * as formatting ({@code * _ ~ ` | \ <}, and {@code # > - +} or a list's {@code 1.} at the start of a line), so the
 * text shows exactly as written and a typed {@code <@id>} or {@code <#id>} stays text. URLs are left alone (Discord
 * links them before reading markdown). One pass: linear in the text's length.
 */
final class Markdown {
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>]+");

  private Markdown() {}

  /** Appends {@code text} escaped; {@code out}'s end tells whether the text starts a line. */
  static void escape(String text, StringBuilder out) {
    Matcher url = URL.matcher(text);
    int i = 0;
    while (url.find()) {
      escapePart(text, i, url.start(), out);
      out.append(text, url.start(), url.end());
      i = url.end();
    }
    escapePart(text, i, text.length(), out);
  }

  private static void escapePart(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
      switch (c) {
        case '*', '_', '~', '`', '|', '\\', '<' -> out.append('\\');
        case '#', '>', '-', '+' -> {
          if (lineStart) out.append('\\');
        }
        default -> {
          if (lineStart && Character.isDigit(c)) {
            int j = i;
            while (j < to && Character.isDigit(text.charAt(j))) j++;
            if (j < to && text.charAt(j) == '.') {
              out.append(text, i, j).append("\\.");
              i = j;
              continue;
            }
          }
        }
      }
      out.append(c);
    }
  }
}
