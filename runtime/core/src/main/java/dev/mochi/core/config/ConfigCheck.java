package dev.mochi.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.core.text.Levenshtein;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoublePredicate;

/**
 * The checks Jackson's binding cannot make: values of the right type that still make no sense ({@code
 * prefix-mode: sloppy}, {@code pool-size: -3}, {@code min-similarity: -1}), keys written twice, tabs, and a plugin
 * directory that is not one. Every finding names the file, the line, the key and what to write instead; errors stop
 * the start, warnings are logged and the bot starts. Values of the wrong type are left to the binding, which
 * reports them the same way.
 */
final class ConfigCheck {
  /** Languages the bot has its own texts for. */
  static final List<String> LOCALES = List.of("en-US", "zh-CN");

  private final JsonNode root;
  private final KeyLines lines;
  private final String source;
  private final List<String> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private ConfigCheck(JsonNode root, KeyLines lines, String source) {
    this.root = root;
    this.lines = lines;
    this.source = source;
  }

  /** The findings of one file. */
  record Findings(List<String> errors, List<String> warnings) {}

  static Findings check(JsonNode root, KeyLines lines, String source, String rawText) {
    ConfigCheck c = new ConfigCheck(root, lines, source);
    c.run(rawText);
    return new Findings(List.copyOf(c.errors), List.copyOf(c.warnings));
  }

  private void run(String rawText) {
    for (int tab : lines.tabs()) {
      errors.add(source + " line " + tab + ": indented with a tab; YAML needs spaces (replace the tab with two spaces)");
    }
    for (KeyLines.Duplicate d : lines.duplicates()) {
      errors.add(source + " line " + d.second() + ": '" + d.key() + "' is written twice (also on line " + d.first()
          + "); YAML would silently keep the last one, so delete one of them");
    }
    oneOf("locale", LOCALES);
    oneOf("prefix-mode", List.of("loose", "strict"));
    JsonNode prefix = at("prefix");
    if (prefix != null && prefix.isArray() && prefix.isEmpty()) {
      errors.add(where("prefix") + "'prefix': an empty list lets no command run; write [\"\"] for no prefix, or the prefixes, e.g. [\"!\"]");
    }
    blankEntries("prefix", false);
    blankEntries("nickname", true);
    number("min-similarity", v -> v > 0 && v <= 1, "a number above 0 and at most 1 (0.64 by default; higher suggests fewer commands)");
    database();
    whole("dispatcher.max-concurrency", 1, Integer.MAX_VALUE);
    whole("dispatcher.max-depth", 1, 10_000);
    whole("dispatcher.max-pending", 1, Integer.MAX_VALUE);
    whole("dispatcher.max-pending-per-user", 1, Integer.MAX_VALUE);
    positiveDuration("dispatcher.plugin-budget");
    positiveDuration("dispatcher.prompt-timeout");
    whole("message.max-length", 1, Integer.MAX_VALUE);
    whole("message.max-elements", 1, Integer.MAX_VALUE);
    whole("message.max-depth", 1, 256);
    whole("message.max-interpolations", 1, Integer.MAX_VALUE);
    whole("message.max-interpolation-depth", 1, Integer.MAX_VALUE);
    whole("console.port", 1, 65535);
    JsonNode host = at("console.host");
    if (host != null && host.isTextual() && (host.asText().equals("0.0.0.0") || host.asText().equals("::"))) {
      warnings.add(where("console.host") + "'console.host': " + host.asText() + " makes the console reachable from "
          + "other machines; keep 127.0.0.1 unless that is what you want");
    }
    owners();
    logLevels();
    password(rawText);
  }

  private void database() {
    JsonNode url = at("database.url");
    if (url != null && url.isTextual() && !url.asText().startsWith("jdbc:sqlite:") && !url.asText().startsWith("jdbc:postgresql:")) {
      errors.add(where("database.url") + "'database.url': expected jdbc:sqlite:<file> or jdbc:postgresql://<host>:5432/<database>, got '"
          + url.asText() + "'");
    }
    whole("database.pool-size", 1, 1000);
  }

  private void password(String rawText) {
    JsonNode password = at("database.password");
    int line = lines.line("database.password");
    if (password == null || !password.isTextual() || password.asText().isEmpty() || line == 0) return;
    String written = rawText.split("\n", -1)[line - 1];
    if (!written.contains("${")) {
      warnings.add(where("database.password") + "'database.password' is written in the file; write ${MOCHI_DB_PASSWORD} "
          + "and set that environment variable, so the secret stays out of the file");
    }
  }

  private void logLevels() {
    JsonNode levels = at("logging.levels");
    if (levels == null || !levels.isObject()) return;
    levels.properties().forEach(e -> {
      String key = "logging.levels." + e.getKey();
      if (e.getValue().isTextual() && LoggingConfig.LEVELS.contains(e.getValue().asText().toLowerCase(Locale.ROOT))) return;
      errors.add(where(key) + "'" + key + "': expected one of " + String.join(", ", LoggingConfig.LEVELS) + ", got '"
          + e.getValue().asText() + "'");
    });
  }

  private void owners() {
    JsonNode owners = at("owners");
    if (owners == null || owners.isNull()) return;
    if (!owners.isArray()) {
      errors.add(where("owners") + "'owners': expected a list of " + Owner.EXPECTED + ", got " + owners);
      return;
    }
    for (int i = 0; i < owners.size(); i++) {
      JsonNode o = owners.get(i);
      try {
        if (!o.isTextual()) throw new ConfigException("owners", Owner.EXPECTED, o.toString());
        Owner.parse(o.asText());
      } catch (ConfigException e) {
        errors.add(where("owners") + "'owners[" + i + "]': expected " + Owner.EXPECTED + ", got '" + o.asText() + "'");
      }
    }
  }

  /**
   * The plugin directory as the host will resolve it (against the working directory): a file there is an error, a
   * missing directory a warning (nothing to load yet; installing a jar creates it). Checked at start, not when a file
   * is merely parsed.
   */
  static Findings pluginDirectory(String dir, boolean written, KeyLines lines, String source) {
    int line = lines.line("plugins.dir");
    String where = source + (line > 0 ? " line " + line : "") + ": 'plugins.dir'" + (written ? "" : " (default '" + dir + "')");
    Path path = Path.of(dir).toAbsolutePath().normalize();
    if (Files.isDirectory(path)) return new Findings(List.of(), List.of());
    if (Files.exists(path)) {
      return new Findings(List.of(where + ": " + path + " is a file, not a directory; point plugins.dir at the directory "
          + "that holds the plugin jars"), List.of());
    }
    return new Findings(List.of(), List.of(where + ": " + path + " does not exist, so no plugin jar is loaded; create "
        + "it or correct the path"));
  }

  /**
   * Sections under {@code plugins:} that no loaded plugin reads: most often a typo ({@code lotery:}), which would
   * otherwise leave the real plugin on its defaults without a word.
   */
  static List<String> unusedSections(Collection<String> sections, Set<String> plugins, KeyLines lines, String source) {
    List<String> out = new ArrayList<>();
    for (String section : sections) {
      if (plugins.contains(section)) continue;
      int line = lines.line("plugins." + section);
      StringBuilder w = new StringBuilder(source).append(line > 0 ? " line " + line : "").append(": 'plugins.")
          .append(section).append("': no loaded plugin is named '").append(section).append("', so this section is not used");
      closest(section, plugins).ifPresentOrElse(
          c -> w.append("; did you mean '").append(c).append("'?"),
          () -> w.append(plugins.isEmpty() ? "" : "; loaded plugins: " + String.join(", ", plugins.stream().sorted().toList())));
      out.add(w.toString());
    }
    return out;
  }

  /** The known name closest to {@code typo}, when it is close enough to be a typo of it. */
  static Optional<String> closest(String typo, Collection<String> known) {
    String best = null;
    double bestScore = 0;
    for (String k : known) {
      double score = Levenshtein.similarity(k.toLowerCase(Locale.ROOT), typo.toLowerCase(Locale.ROOT));
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    return bestScore >= 0.6 ? Optional.of(best) : Optional.empty();
  }

  private void oneOf(String key, List<String> allowed) {
    JsonNode v = at(key);
    if (v == null || !v.isTextual() || allowed.contains(v.asText())) return;
    StringBuilder e = new StringBuilder(where(key)).append("'").append(key).append("': expected ")
        .append(String.join(" or ", allowed)).append(", got '").append(v.asText()).append("'");
    closest(v.asText(), allowed).ifPresent(c -> e.append("; did you mean '").append(c).append("'?"));
    errors.add(e.toString());
  }

  private void blankEntries(String key, boolean emptyIsWrong) {
    JsonNode list = at(key);
    if (list == null || !list.isArray()) return;
    for (int i = 0; i < list.size(); i++) {
      JsonNode v = list.get(i);
      if (!v.isTextual()) continue;
      String t = v.asText();
      if ((emptyIsWrong && t.isBlank()) || (!t.isEmpty() && t.isBlank())) {
        errors.add(where(key) + "'" + key + "[" + i + "]': a blank name matches every message; remove it");
      }
    }
  }

  private void number(String key, DoublePredicate ok, String expected) {
    JsonNode v = at(key);
    if (v == null || !v.isNumber() || ok.test(v.asDouble())) return;
    errors.add(where(key) + "'" + key + "': expected " + expected + ", got " + v.asText());
  }

  private void whole(String key, long min, long max) {
    JsonNode v = at(key);
    if (v == null || !v.isIntegralNumber()) return;
    long n = v.asLong();
    if (n >= min && n <= max) return;
    String range = max == Integer.MAX_VALUE ? "a whole number of at least " + min : "a whole number from " + min + " to " + max;
    errors.add(where(key) + "'" + key + "': expected " + range + ", got " + v.asText());
  }

  private void positiveDuration(String key) {
    JsonNode v = at(key);
    if (v == null || !v.isTextual()) return;
    Duration d;
    try {
      d = ConfigLoader.parseDuration(v.asText());
    } catch (IllegalArgumentException e) {
      return;
    }
    if (d.isNegative() || d.isZero()) {
      errors.add(where(key) + "'" + key + "': expected a duration above zero such as 30s, 500ms, 2m, got '" + v.asText() + "'");
    }
  }

  private JsonNode at(String key) {
    JsonNode n = root;
    for (String part : key.split("\\.")) {
      if (n == null || !n.isObject()) return null;
      n = n.get(part);
    }
    return n;
  }

  private String where(String key) {
    int line = lines.line(key);
    return source + (line > 0 ? " line " + line : "") + ": ";
  }
}
