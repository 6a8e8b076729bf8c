package dev.mochi.core.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each key of a block-style YAML file is: dotted paths ({@code dispatcher.max-concurrency}) to 1-based lines,
 * and the keys written twice. Jackson's tree forgets locations and YAML lets a later duplicate win silently; this
 * one pass over the lines keeps both, so a check of a value can name its line and a duplicate can name both lines.
 * Keys inside lists and flow mappings ({@code {a: 1}}) are not tracked (the parser's own duplicate check covers
 * flow mappings).
 */
public final class KeyLines {
  private static final Pattern KEY = Pattern.compile("^( *)(\"[^\"]*\"|'[^']*'|[^\\s#'\"\\-{\\[][^:#]*?|-[^\\s:#][^:#]*?)\\s*:(?:\\s+(.*))?$");

  private static final String LIST_ITEM = "\u0000list item";

  /** A key written twice in the same section. */
  public record Duplicate(String key, int first, int second) {}

  private final Map<String, Integer> lines;
  private final List<Duplicate> duplicates;
  private final List<Integer> tabs;

  private KeyLines(Map<String, Integer> lines, List<Duplicate> duplicates, List<Integer> tabs) {
    this.lines = lines;
    this.duplicates = duplicates;
    this.tabs = tabs;
  }

  /** No lines known (configuration set in code). */
  public static KeyLines none() { return new KeyLines(Map.of(), List.of(), List.of()); }

  /** Reads the keys of {@code text}. */
  public static KeyLines of(String text) {
    Map<String, Integer> lines = new HashMap<>();
    List<Duplicate> duplicates = new ArrayList<>();
    List<Integer> tabs = new ArrayList<>();
    Deque<int[]> indents = new ArrayDeque<>();     // indent of each open section
    Deque<String> names = new ArrayDeque<>();
    int blockScalarIndent = -1;                     // inside a | or > value: lines deeper than this are text
    String[] all = text.split("\n", -1);
    for (int i = 0; i < all.length; i++) {
      String line = all[i].replace("\r", "");
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') indent++;
      if (indent < line.length() && line.charAt(indent) == '\t') tabs.add(i + 1);
      String rest = line.substring(indent);
      if (rest.isEmpty() || rest.startsWith("#")) continue;
      if (blockScalarIndent >= 0) {
        if (indent > blockScalarIndent) continue;
        blockScalarIndent = -1;
      }
      while (!indents.isEmpty() && indents.peek()[0] >= indent) {
        indents.pop();
        names.pop();
      }
      if (rest.startsWith("- ") || rest.equals("-")) {          // a list item: its own keys are not tracked
        indents.push(new int[] {indent});
        names.push(LIST_ITEM);
        continue;
      }
      if (names.contains(LIST_ITEM)) continue;
      Matcher m = KEY.matcher(line);
      if (!m.matches()) continue;
      String key = unquote(m.group(2).strip());
      List<String> path = new ArrayList<>(names);
      java.util.Collections.reverse(path);
      path.add(key);
      String dotted = String.join(".", path);
      Integer first = lines.putIfAbsent(dotted, i + 1);
      if (first != null) duplicates.add(new Duplicate(dotted, first, i + 1));
      String value = m.group(3) == null ? "" : m.group(3).strip();
      if (value.startsWith("|") || value.startsWith(">")) blockScalarIndent = indent;
      indents.push(new int[] {indent});
      names.push(key);
    }
    return new KeyLines(lines, duplicates, tabs);
  }

  private static String unquote(String key) {
    if (key.length() >= 2 && (key.startsWith("\"") || key.startsWith("'"))) return key.substring(1, key.length() - 1);
    return key;
  }

  /** The line of {@code key} (dotted path), or 0 when unknown. */
  public int line(String key) {
    return lines.getOrDefault(key, 0);
  }

  /** Keys written twice in one section, in file order. */
  public List<Duplicate> duplicates() { return duplicates; }

  /** Lines indented with a tab, which YAML does not allow. */
  public List<Integer> tabs() { return tabs; }
}
