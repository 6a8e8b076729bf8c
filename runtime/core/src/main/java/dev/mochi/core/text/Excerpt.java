package dev.mochi.core.text;

/** The start of a text that may be long (what a user sent), for log lines and warnings: never the whole of it. */
public final class Excerpt {
  private Excerpt() {}

  /** At most {@code max} characters of {@code s}, then {@code … (N characters)} when it is longer. */
  public static String of(String s, int max) {
    if (s.length() <= max) return s;
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end) + "… (" + s.length() + " characters)";
  }
}
