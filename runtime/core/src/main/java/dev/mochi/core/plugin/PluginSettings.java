package dev.mochi.core.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mochi.api.PluginException;
import dev.mochi.api.Session;
import dev.mochi.api.plugin.InvalidConfigException;
import dev.mochi.api.plugin.PluginConfig;
import dev.mochi.api.plugin.Plugins;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code plugin config NAME key=value …} from chat: each value is read as YAML ({@code 5}, {@code true},
 * {@code [sword, shield]}, {@code "a text"}), a dotted key reaches into a sub-section ({@code limits.daily=3}), and
 * the result replaces the plugin's section through {@link Plugins#configure}, which validates it against the
 * plugin's record, applies it and saves it to {@code bot.yml} — or refuses it, naming the key, and keeps the old one.
 * Without settings the current section is shown, one {@code key = value} per line.
 */
final class PluginSettings {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private PluginSettings() {}

  static String run(Plugins plugins, Session session, String name, List<String> settings) {
    PluginConfig current;
    try {
      current = plugins.config(name);
    } catch (PluginException e) {
      return session.text("plugin.refused", PluginCommands.reason(name, e.getMessage()));
    }
    ObjectNode section = YAML.valueToTree(current.value());
    if (settings.isEmpty()) return show(session, name, section);
    List<String> changed = new ArrayList<>();
    for (String setting : settings) {
      int eq = setting.indexOf('=');
      if (eq <= 0) return session.text("plugin.config.syntax", setting);
      String key = setting.substring(0, eq).strip();
      JsonNode value;
      try {
        String text = setting.substring(eq + 1);
        value = text.isEmpty() ? YAML.nullNode() : YAML.readTree(text);
      } catch (IOException e) {
        return session.text("plugin.config.value", key, setting.substring(eq + 1));
      }
      put(section, key, value == null || value.isMissingNode() ? YAML.nullNode() : value);
      changed.add(key + " = " + (value == null ? "" : value.toString()));
    }
    try {
      plugins.configure(name, YAML.convertValue(section, Map.class));
    } catch (InvalidConfigException e) {
      return session.text("plugin.config.invalid", name, PluginCommands.reason(name, e.getMessage()));
    } catch (PluginException e) {
      return session.text("plugin.refused", PluginCommands.reason(name, e.getMessage()));
    }
    return session.text("plugin.config.done", name, String.join(", ", changed));
  }

  private static void put(ObjectNode section, String dotted, JsonNode value) {
    String[] parts = dotted.split("\\.");
    ObjectNode at = section;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode next = at.get(parts[i]);
      at = next instanceof ObjectNode o ? o : at.putObject(parts[i]);
    }
    at.set(parts[parts.length - 1], value);
  }

  private static String show(Session session, String name, ObjectNode section) {
    if (section.isEmpty()) return session.text("plugin.config.empty", name);
    List<String> lines = new ArrayList<>();
    lines.add(session.text("plugin.config.header", name));
    section.properties().forEach(e -> lines.add(e.getKey() + " = " + e.getValue()));
    return String.join("\n", lines);
  }
}
