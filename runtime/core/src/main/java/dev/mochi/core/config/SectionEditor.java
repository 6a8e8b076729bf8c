package dev.mochi.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites one plugin's section of a {@code bot.yml} in place, leaving every other line as the owner wrote it.
 *
 * <p>The file is edited as lines, not re-serialized: a YAML library that reads and writes the tree loses comments,
 * blank lines, quoting and {@code ${VAR}} references. The edit is a merge of the section's old value (as the file
 * reads now) with the new one, key by key:
 * <ul>
 *   <li>a key whose value did not change keeps its lines untouched, so {@code token: ${DISCORD_TOKEN:-}} stays a
 *       reference and its comment stays where it was;</li>
 *   <li>a changed key that holds a block section (and still gets one) is merged the same way one level deeper;</li>
 *   <li>any other changed key gets its value rewritten on its own line in flow style ({@code [a, b]},
 *       {@code {k: v}}), keeping the line's trailing comment; lines under it (the old block value) go;</li>
 *   <li>a removed key goes with its lines and the comment lines right above it;</li>
 *   <li>a new key is added after the section's last key, at its indentation.</li>
 * </ul>
 * A section (or {@code plugins:}) that is not there yet is appended. The caller re-reads the result and checks that
 * it reads as intended before writing it ({@link ConfigFile}), so a layout this editor does not understand (a flow
 * {@code plugins: {…}}) is refused instead of written wrong.
 */
final class SectionEditor {
  private static final Pattern KEY = Pattern.compile("^( *)(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|(?!- )[^\\s#'\"][^:#]*?)\\s*:(?:\\s+(.*))?$");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/.][A-Za-z0-9 _./@-]*");
  private static final java.util.Set<String> RESERVED = java.util.Set.of("true", "false", "null", "yes", "no", "on",
      "off", "y", "n", "~");

  private final List<String> lines;

  private SectionEditor(String text) {
    this.lines = new ArrayList<>(List.of(text.split("\n", -1)));
  }

  /**
   * {@code text} with plugin {@code name}'s section changed from {@code before} (the section as {@code text} reads)
   * to {@code after}.
   *
   * @throws ConfigException when the file's {@code plugins:} is not a block this editor can change
   */
  static String replace(String text, String name, ObjectNode before, ObjectNode after) {
    SectionEditor editor = new SectionEditor(text);
    editor.edit(name, before, after);
    return String.join("\n", editor.lines);
  }

  private void edit(String name, ObjectNode before, ObjectNode after) {
    int plugins = findKey(0, lines.size(), 0, "plugins");
    if (plugins < 0) {
      int end = lastContent(0, lines.size()) + 1;
      List<String> added = new ArrayList<>();
      added.add("plugins:");
      added.add("  " + key(name) + ":");
      appendEntries(added, 4, after);
      lines.addAll(end, added);
      return;
    }
    String inline = value(lines.get(plugins));
    if (!inline.isEmpty()) {
      throw new ConfigException("plugins: is written in flow style (" + inline + "); write it as a block "
          + "(one key per line) so a plugin's section can be changed without rewriting the file", "plugins", (Throwable) null);
    }
    int blockEnd = blockEnd(plugins, 0);
    int childIndent = childIndent(plugins + 1, blockEnd, 2);
    int section = findKey(plugins + 1, blockEnd, childIndent, name);
    if (section < 0) {
      int at = lastContent(plugins, blockEnd) + 1;
      List<String> added = new ArrayList<>();
      added.add(" ".repeat(childIndent) + key(name) + ":");
      appendEntries(added, childIndent + 2, after);
      lines.addAll(at, added);
      return;
    }
    String sectionValue = value(lines.get(section));
    if (!sectionValue.isEmpty()) {
      // "name: {}" or "name: { a: 1 }": the whole value is one line; rewrite it as a block.
      lines.set(section, " ".repeat(childIndent) + key(name) + ":" + comment(lines.get(section)));
      List<String> added = new ArrayList<>();
      appendEntries(added, childIndent + 2, after);
      lines.addAll(section + 1, added);
      return;
    }
    merge(section, childIndent, before, after);
  }

  /** Merges the block under the key line {@code owner} (indented {@code indent}) from {@code before} to {@code after}. */
  private void merge(int owner, int indent, JsonNode before, ObjectNode after) {
    int end = blockEnd(owner, indent);
    int entryIndent = childIndent(owner + 1, end, indent + 2);
    // Removed and changed keys, bottom-up so earlier line numbers stay valid.
    List<Map.Entry<String, Integer>> entries = entries(owner + 1, end, entryIndent);
    for (int i = entries.size() - 1; i >= 0; i--) {
      String k = entries.get(i).getKey();
      int line = entries.get(i).getValue();
      JsonNode old = before == null ? null : before.get(k);
      JsonNode now = after.get(k);
      int entryEnd = i + 1 < entries.size() ? headerStart(entries.get(i + 1).getValue(), entryIndent) : lastContent(line, end) + 1;
      if (now == null) {
        int from = headerStart(line, entryIndent);
        lines.subList(from, entryEnd).clear();
      } else if (old != null && old.equals(now)) {
        continue;
      } else if (now.isObject() && !now.isEmpty() && value(lines.get(line)).isEmpty() && old != null && old.isObject()) {
        merge(line, entryIndent, old, (ObjectNode) now);
      } else {
        lines.subList(line + 1, contentEnd(line, entryEnd)).clear();
        lines.set(line, " ".repeat(entryIndent) + rawKey(lines.get(line)) + ": " + flow(now) + comment(lines.get(line)));
      }
    }
    // New keys after the last entry.
    List<String> added = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : after.properties()) {
      if (entries.stream().noneMatch(x -> x.getKey().equals(e.getKey()))) {
        added.add(" ".repeat(entryIndent) + key(e.getKey()) + ": " + flow(e.getValue()));
      }
    }
    if (!added.isEmpty()) lines.addAll(lastContent(owner, blockEnd(owner, indent)) + 1, added);
  }

  /** The end (exclusive) of the block under {@code owner}: up to the first content line indented {@code indent} or less. */
  private int blockEnd(int owner, int indent) {
    int i = owner + 1;
    for (; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank()) continue;
      if (indentOf(l) <= indent) break;
    }
    return i;
  }

  /** The last line from {@code from} to {@code end} that is not blank; {@code from - 1} when there is none. */
  private int lastContent(int from, int end) {
    int last = from - 1;
    for (int i = from; i < end; i++) if (!lines.get(i).isBlank()) last = i;
    return last;
  }

  /** Where the entry at {@code line} ends, its trailing comment and blank lines left out (they may head what follows). */
  private int contentEnd(int line, int entryEnd) {
    int last = line;
    for (int i = line + 1; i < entryEnd; i++) {
      String l = lines.get(i);
      if (!l.isBlank() && !l.strip().startsWith("#")) last = i;
    }
    return last + 1;
  }

  /** The first of the comment lines right above {@code line} at its indentation (its header), or {@code line}. */
  private int headerStart(int line, int indent) {
    int i = line;
    while (i > 0) {
      String above = lines.get(i - 1);
      if (above.strip().startsWith("#") && indentOf(above) == indent) i--;
      else break;
    }
    return i;
  }

  private int childIndent(int from, int end, int fallback) {
    for (int i = from; i < end; i++) {
      String l = lines.get(i);
      if (!l.isBlank() && !l.strip().startsWith("#")) return indentOf(l);
    }
    return fallback;
  }

  private List<Map.Entry<String, Integer>> entries(int from, int end, int indent) {
    List<Map.Entry<String, Integer>> out = new ArrayList<>();
    for (int i = from; i < end; i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.strip().startsWith("#") || indentOf(l) != indent) continue;
      Matcher m = KEY.matcher(stripComment(l));
      if (m.matches()) out.add(Map.entry(unquote(m.group(2)), i));
    }
    return out;
  }

  private int findKey(int from, int end, int indent, String name) {
    for (Map.Entry<String, Integer> e : entries(from, end, indent)) if (e.getKey().equals(name)) return e.getValue();
    return -1;
  }

  private static void appendEntries(List<String> out, int indent, ObjectNode section) {
    for (Map.Entry<String, JsonNode> e : section.properties()) {
      out.add(" ".repeat(indent) + key(e.getKey()) + ": " + flow(e.getValue()));
    }
  }

  /** The value written on a key's line, comment left out; empty when a block (or nothing) follows. */
  private static String value(String line) {
    Matcher m = KEY.matcher(stripComment(line));
    if (!m.matches() || m.group(3) == null) return "";
    return m.group(3).strip();
  }

  private static String rawKey(String line) {
    Matcher m = KEY.matcher(stripComment(line));
    if (!m.matches()) throw new IllegalStateException("not a key line: " + line);
    return m.group(2);
  }

  /** The line's trailing comment with the space before it, or "". */
  private static String comment(String line) {
    int at = commentAt(line);
    if (at < 0) return "";
    int start = at;
    while (start > 0 && Character.isWhitespace(line.charAt(start - 1))) start--;
    return line.substring(start);
  }

  private static String stripComment(String line) {
    int at = commentAt(line);
    return (at < 0 ? line : line.substring(0, at)).stripTrailing();
  }

  private static int commentAt(String line) {
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && dbl) i++;
      else if (c == '\'' && !dbl) single = !single;
      else if (c == '"' && !single) dbl = !dbl;
      else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) return i;
    }
    return -1;
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') i++;
    return i;
  }

  private static String unquote(String key) {
    if (key.length() >= 2 && (key.startsWith("\"") && key.endsWith("\"") || key.startsWith("'") && key.endsWith("'"))) {
      return key.substring(1, key.length() - 1);
    }
    return key;
  }

  private static String key(String k) { return scalar(k); }

  /** A value in YAML flow style on one line. */
  static String flow(JsonNode v) {
    if (v == null || v.isNull()) return "null";
    if (v.isTextual()) return scalar(v.asText());
    if (v.isNumber() || v.isBoolean()) return v.asText();
    StringBuilder out = new StringBuilder();
    if (v.isArray()) {
      out.append('[');
      for (int i = 0; i < v.size(); i++) out.append(i == 0 ? "" : ", ").append(flow(v.get(i)));
      return out.append(']').toString();
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      out.append(first ? " " : ", ").append(scalar(e.getKey())).append(": ").append(flow(e.getValue()));
      first = false;
    }
    return out.append(first ? "}" : " }").toString();
  }

  /** A text as a plain YAML scalar when that reads back as the same text, else double-quoted (JSON escapes). */
  private static String scalar(String s) {
    if (PLAIN.matcher(s).matches() && !s.endsWith(" ") && !RESERVED.contains(s.toLowerCase())) return s;
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }
}
