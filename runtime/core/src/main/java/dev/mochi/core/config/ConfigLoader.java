package dev.mochi.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code bot.yml}: kebab-case keys, {@code ${ENV_VAR}} substitution (an unset variable is an error;
 * {@code ${VAR:-fallback}} gives a fallback), durations as {@code 30s}, {@code 500ms}, {@code 2m} or ISO-8601.
 * Every error names the key, the line and what was expected.
 */
public final class ConfigLoader {
  private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private final ObjectMapper yaml;
  private final ObjectMapper json;
  private final Function<String, String> env;

  public ConfigLoader() { this(System::getenv); }

  public ConfigLoader(Function<String, String> env) {
    this.env = env;
    SimpleModule durations = new SimpleModule().addDeserializer(Duration.class, new DurationDeserializer());
    this.yaml = configure(new ObjectMapper(new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)), durations);
    this.json = configure(JsonMapper.builder().build(), durations);
  }

  private static ObjectMapper configure(ObjectMapper mapper, SimpleModule module) {
    return mapper.registerModule(module)
        .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
        .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true);
  }

  /** Reads a configuration file; a missing file is an error naming it. */
  public AppConfig load(Path file) {
    return read(file).config();
  }

  /** Parses configuration text; {@code source} names it in errors. */
  public AppConfig parse(String text, String source) {
    return read(text, source).config();
  }

  /**
   * A configuration file read and checked: the configuration, the warnings to log at start (the bot starts), and
   * where each key is. Errors — wrong types, values out of range, unknown or duplicate keys — throw one
   * {@link ConfigException} listing every one, each with its line and the fix.
   */
  public record Loaded(AppConfig config, List<String> warnings, KeyLines lines, String source) {
    /** Warnings about sections under {@code plugins:} that none of {@code plugins} (the loaded names) reads. */
    public List<String> unusedPluginSections(Set<String> plugins) {
      return ConfigCheck.unusedSections(iterable(config.plugins().sections().fieldNames()), plugins, lines, source);
    }

    /**
     * Checks {@code plugins.dir} against the file system: throws when it is a file, returns a warning when it does not
     * exist (nothing to load), nothing when it is a directory.
     */
    public List<String> checkPluginDirectory() {
      ConfigCheck.Findings f = ConfigCheck.pluginDirectory(config.plugins().dir(), lines.line("plugins.dir") > 0, lines, source);
      if (!f.errors().isEmpty()) throw new ConfigException(String.join("\n", f.errors()), "plugins.dir", (Throwable) null);
      return f.warnings();
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
      List<String> out = new ArrayList<>();
      it.forEachRemaining(out::add);
      return out;
    }
  }

  /** Reads a configuration file like {@link #load(Path)}, keeping the warnings and key lines. */
  public Loaded read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException("Cannot read configuration file " + file + ": " + e.getMessage()
          + ". Pass another with --config FILE.", "", e);
    }
    return read(text, file.getFileName().toString());
  }

  /** Parses and checks configuration text; {@code source} names it in errors and warnings. */
  public Loaded read(String text, String source) {
    String substituted = substitute(text, source);
    KeyLines lines = KeyLines.of(substituted);
    if (substituted.isBlank()) return new Loaded(AppConfig.defaults(), List.of(), lines, source);
    JsonNode tree;
    try {
      tree = yaml.readTree(substituted);
    } catch (JsonProcessingException e) {
      if (!lines.tabs().isEmpty() || !lines.duplicates().isEmpty()) {
        throw new ConfigException(String.join("\n", ConfigCheck.check(null, lines, source, substituted).errors()), "", e);
      }
      throw explain(e, source, substituted, lines);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) return new Loaded(AppConfig.defaults(), List.of(), lines, source);
    ConfigCheck.Findings findings = ConfigCheck.check(tree, lines, source, text);
    List<String> errors = new ArrayList<>(findings.errors());
    AppConfig config = null;
    if (errors.isEmpty()) try {
      config = yaml.treeToValue(tree, AppConfig.class);
    } catch (JsonProcessingException e) {
      errors.add(explain(e, source, substituted, lines).getMessage());
    } catch (ConfigException e) {
      errors.add(source + ": " + e.getMessage());
    }
    if (!errors.isEmpty()) throw new ConfigException(String.join("\n", errors), "", (Throwable) null);
    return new Loaded(config == null ? AppConfig.defaults() : config, findings.warnings(), lines, source);
  }

  /** Binds a plugin's section to its config record; errors name the plugin and the key. */
  public <C> C bind(ObjectNode section, Class<C> type, String plugin) {
    return bind(section, type, plugin, json);
  }

  /**
   * Binds with another mapper, e.g. a throw-away copy of {@link #mapper()}: Jackson caches deserializers and types
   * per mapper, so binding a plugin jar's config record with the shared mapper would keep its class loader alive.
   */
  public <C> C bind(ObjectNode section, Class<C> type, String plugin, ObjectMapper mapper) {
    Map<String, String> defaulted = RecordDefaults.tracker();
    try {
      return mapper.treeToValue(RecordDefaults.fill(section, type, mapper, defaulted), type);
    } catch (JsonProcessingException e) {
      ConfigException explained = explain(e, "plugins." + plugin, null, KeyLines.none());
      String fault = defaulted.get(explained.key());
      if (fault != null) {
        throw new ConfigException("Plugin '" + plugin + "': its @Default(\"" + fault + "\") of '" + explained.key()
            + "' is not a valid value (" + explained.getMessage() + "); the plugin must fix its default, or the "
            + "owner can set plugins." + plugin + "." + explained.key() + " in bot.yml", "plugins." + plugin + "."
            + explained.key(), e);
      }
      throw new ConfigException(explained.getMessage(), "plugins." + plugin + "." + explained.key(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("plugins." + plugin + ": " + e.getMessage(), "plugins." + plugin, e);
    }
  }

  /** The mapper used for plugin sections (kebab-case, strict). */
  public ObjectMapper mapper() { return json; }

  private String substitute(String text, String source) {
    StringBuilder out = new StringBuilder(text.length());
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = commentStart(line);
      String body = hash < 0 ? line : line.substring(0, hash);
      Matcher m = ENV.matcher(body);
      StringBuilder replaced = new StringBuilder();
      while (m.find()) {
        String value = env.apply(m.group(1));
        if (value == null) value = m.group(2);
        if (value == null) {
          throw new ConfigException(source + " line " + (i + 1) + ": environment variable '" + m.group(1)
              + "' is not set. Set it, or write ${" + m.group(1) + ":-default}.", m.group(1), (Throwable) null);
        }
        m.appendReplacement(replaced, Matcher.quoteReplacement(value));
      }
      m.appendTail(replaced);
      out.append(replaced);
      if (hash >= 0) out.append(line, hash, line.length());
      if (i < lines.length - 1) out.append('\n');
    }
    return out.toString();
  }

  private static int commentStart(String line) {
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'' && !dbl) single = !single;
      else if (c == '"' && !single) dbl = !dbl;
      else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) return i;
    }
    return -1;
  }

  private static ConfigException explain(JsonProcessingException e, String source, String text, KeyLines lines) {
    String key = e instanceof JsonMappingException m ? path(m) : "";
    JsonLocation loc = e.getLocation();
    int keyAt = lines.line(key.replaceAll("\\[\\d+]", ""));
    int line = keyAt > 0 ? keyAt : loc == null ? -1 : keyLine(text, key, loc.getLineNr());
    String where = source + (line > 0 ? " line " + line : "");
    String what;
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(String::valueOf).sorted().collect(Collectors.joining(", "));
      what = "unknown key '" + key + "'" + (known.isEmpty() ? "" : "; known keys here: " + known);
    } else if (e instanceof InvalidFormatException f) {
      what = "'" + key + "': expected " + describe(f.getTargetType()) + ", got '" + f.getValue() + "'";
    } else if (e instanceof MismatchedInputException mi) {
      what = "'" + key + "': expected " + describe(mi.getTargetType());
    } else if (e.getCause() instanceof ConfigException c) {
      what = c.getMessage();
    } else if (e instanceof ValueInstantiationException && e.getCause() != null) {
      // the record's constructor refused the values: its own words, not Jackson's "Cannot construct instance of"
      String reason = e.getCause().getMessage() == null ? e.getCause().getClass().getSimpleName() : e.getCause().getMessage();
      what = (key.isEmpty() ? "" : "'" + key + "': ") + reason;
    } else {
      what = (key.isEmpty() ? "" : "'" + key + "': ") + e.getOriginalMessage();
    }
    return new ConfigException(where + ": " + what, key, e);
  }

  /**
   * The parser reports where it stopped, which can be a line past the offending key; look back from there
   * for the line that names the key's last segment.
   */
  private static int keyLine(String text, String key, int reported) {
    if (text == null || key.isEmpty() || reported <= 0) return reported;
    String last = key.substring(key.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
    Pattern keyPattern = Pattern.compile("^\\s*(-\\s+)?" + Pattern.quote(last) + "\\s*:");
    String[] lines = text.split("\n", -1);
    for (int i = Math.min(reported, lines.length) - 1; i >= 0; i--) {
      if (keyPattern.matcher(lines[i]).find()) return i + 1;
    }
    return reported;
  }

  private static String path(JsonMappingException m) {
    return m.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String describe(Class<?> type) {
    if (type == null) return "another value";
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) return "a whole number";
    if (type == double.class || type == Double.class) return "a number";
    if (type == boolean.class || type == Boolean.class) return "true or false";
    if (type == Duration.class) return "a duration such as 30s, 500ms, 2m";
    if (type == String.class) return "a text";
    if (java.util.List.class.isAssignableFrom(type)) return "a list";
    if (Map.class.isAssignableFrom(type) || type.isRecord()) return "a section (key: value lines)";
    if (type.isEnum()) return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    return "a " + type.getSimpleName();
  }

  /** Reads {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, {@code 1d}, or ISO-8601 ({@code PT30S}). */
  static Duration parseDuration(String text) {
    String t = text.trim();
    Matcher m = DURATION.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a duration (write 30s, 500ms, 2m, 1h)");
    }
  }

  private static final class DurationDeserializer extends StdDeserializer<Duration> {
    DurationDeserializer() { super(Duration.class); }

    @Override public Duration deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String text = p.getValueAsString();
      if (text == null) return (Duration) ctx.handleUnexpectedToken(Duration.class, p);
      try {
        return parseDuration(text);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, "expected a duration such as 30s, 500ms, 2m", text, Duration.class);
      }
    }
  }
}
