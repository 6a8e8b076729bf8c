package dev.mochi.hostile;

import java.util.List;

/**
 * The pieces hostile messages are made of: what issue 15 found (tags, {@code $(}, dashes and {@code =}), what the
 * text form treats specially ({@code <}, {@code &}, quotes, backslashes) and what recognition reads (mentions, the
 * bot's name, command names and a typo of one). Shared by the property test, the fuzz test and the benchmark's shapes.
 */
final class HostileMessages {
  private HostileMessages() {}

  /** Words and fragments a generated message is built from. */
  static final List<String> ATOMS = List.of(
      "<b>", "</b>", "<p>", "<i>x</i>", "<b><i>", "<a x=\"1\" y='2' ", "<at id=\"mochi\"/>", "<at id=\"bob\"/>",
      "<sharp id=\"c1\"/>", "<img src=\"a.png\"/>", "<quote id=\"1\"/>", "<", ">", "&", "&amp;", "&&amp", "&lt;",
      "$(", ")", "$(echo ", "$(echo $(", "echo $(", "'", "\"", "“", "\\", "\\ ", "-", "--", "---", "-=", "--=", "-=1",
      "=", "-x", "--loud", "--no-x", "-abc", "-h", "--help", " ", "  ", "\t", "\n", "a", "hello", "1", "-3", "1,000",
      "2e3", "1d2h", "@bob", "#general", "echo", "help", "lottery", "authorize", "ehco", "hlep", "mochi,", "早上好",
      "\uD83D\uDE00", "\u0000", "\u202E");

  /** Beginnings that route a message to a command, a mention, a nickname, or nowhere. */
  static final List<String> HEADS = List.of(
      "", "echo ", "help ", "lottery ", "authorize ", "assign ", "greet ", "sign ", "inspect ", "status ", "bag ",
      "<at id=\"mochi\"/> ", "<at id=\"mochi\"/> <at id=\"bob\"/> echo ", "<at id=\"bob\"/> echo ", "mochi, echo ",
      "hello ", "echo -- ", "help -H ");
}
