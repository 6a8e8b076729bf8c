package dev.mochi.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Discord's rules for a bulk overwrite of application commands, as its API enforces them (400, code 50035, "Invalid
 * Form Body"): at most 100 slash commands with distinct names; names of 1 to 32 lowercase letters, digits, {@code -}
 * and {@code _}; descriptions of 1 to 100 characters; at most 25 options, required ones first, with distinct names
 * and known types; localizations only for Discord's locales.
 */
public final class CommandRules {
  private static final Pattern NAME = Pattern.compile("^[-_'\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$");
  private static final Set<String> LOCALES = Set.of("id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr",
      "it", "lt", "hu", "nl", "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi",
      "th", "zh-CN", "ja", "zh-TW", "ko");

  private CommandRules() {}

  /** The first rule {@code commands} breaks, or empty when Discord would accept them. */
  public static Optional<String> check(JsonNode commands) {
    if (!commands.isArray()) return Optional.of("body: must be an array of commands");
    if (commands.size() > 100) return Optional.of("body: at most 100 slash commands, got " + commands.size());
    Set<String> names = new HashSet<>();
    for (int i = 0; i < commands.size(); i++) {
      JsonNode c = commands.get(i);
      String where = i + ".";
      if (c.path("type").asInt(1) != 1) return Optional.of(where + "type: only slash commands (1) are expected here");
      Optional<String> problem = named(c, where, true);
      if (problem.isPresent()) return problem;
      if (!names.add(c.path("name").asText())) return Optional.of(where + "name: duplicate " + c.path("name").asText());
      JsonNode options = c.path("options");
      if (options.isMissingNode() || options.isNull()) continue;
      if (options.size() > 25) return Optional.of(where + "options: at most 25, got " + options.size());
      Set<String> optionNames = new HashSet<>();
      boolean optionalSeen = false;
      for (int j = 0; j < options.size(); j++) {
        JsonNode o = options.get(j);
        String at = where + "options." + j + ".";
        int type = o.path("type").asInt();
        if (type < 3 || type > 11) return Optional.of(at + "type: " + type + " is not an option type");
        problem = named(o, at, false);
        if (problem.isPresent()) return problem;
        if (!optionNames.add(o.path("name").asText())) return Optional.of(at + "name: duplicate " + o.path("name").asText());
        boolean required = o.path("required").asBoolean(false);
        if (required && optionalSeen) return Optional.of(at + "required: required options must come before optional ones");
        if (!required) optionalSeen = true;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> named(JsonNode n, String where, boolean command) {
    String name = n.path("name").asText("");
    if (!NAME.matcher(name).matches() || !name.equals(name.toLowerCase(Locale.ROOT))) {
      return Optional.of(where + "name: '" + name + "' does not match " + NAME.pattern() + " in lowercase");
    }
    String description = n.path("description").asText("");
    int length = description.codePointCount(0, description.length());
    if (length < 1 || length > 100) {
      return Optional.of(where + "description: must be 1 to 100 characters, got " + length + (command ? " for /" : " for ")
          + name);
    }
    for (String field : new String[] {"name_localizations", "description_localizations"}) {
      JsonNode map = n.path(field);
      if (!map.isObject()) continue;
      for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!LOCALES.contains(e.getKey())) return Optional.of(where + field + ": '" + e.getKey() + "' is not a locale");
        int l = e.getValue().asText("").length();
        if (l < 1 || l > (field.startsWith("name") ? 32 : 100)) return Optional.of(where + field + "." + e.getKey() + ": bad length");
      }
    }
    return Optional.empty();
  }
}
