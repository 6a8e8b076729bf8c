package dev.mochi.core.text;

/** Edit distance and Koishi's similarity measure for typo suggestions. */
public final class Levenshtein {
  private Levenshtein() {}

  /**
   * The number of single-character insertions, deletions, substitutions and swaps of two neighbours turning
   * {@code a} into {@code b} (the optimal string alignment distance): {@code ehco} is one edit from {@code echo},
   * as a typing slip is, not two.
   */
  public static int distance(String a, String b) {
    int[] before = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], before[j - 2] + 1);
        }
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** {@code 1 - distance / expected.length()}: 1 for equal strings, 0.75 for one typo in a 4-letter name. */
  public static double similarity(String expected, String actual) {
    if (expected.isEmpty()) return actual.isEmpty() ? 1 : 0;
    return 1 - (double) distance(expected, actual) / expected.length();
  }

  /**
   * Whether {@link #similarity} is at least {@code min}, without computing the distance when the lengths alone rule
   * it out (the distance is at least the difference of the lengths): a word of 100,000 characters costs nothing.
   */
  public static boolean similarAtLeast(String expected, String actual, double min) {
    if (Math.abs(actual.length() - expected.length()) > expected.length() * (1 - min)) return false;
    return similarity(expected, actual) >= min;
  }
}
