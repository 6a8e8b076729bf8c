package dev.mochi.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The {@code plugins:} section: {@code dir} (where plugin jars are) and one sub-section per plugin name,
 * bound to that plugin's config record when it is applied.
 */
public record PluginsConfig(String dir, ObjectNode sections) {

  /** Reads the YAML section: {@code dir} is the jar directory, every other key a plugin's section. */
  @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
  static PluginsConfig fromNode(ObjectNode node) {
    ObjectNode copy = node.deepCopy();
    JsonNode dir = copy.remove("dir");
    if (dir != null && !dir.isTextual()) throw new ConfigException("plugins.dir", "a directory path", dir.toString());
    for (var it = copy.properties().iterator(); it.hasNext(); ) {
      var e = it.next();
      if (e.getValue().isNull()) copy.set(e.getKey(), JsonNodeFactory.instance.objectNode());
      else if (!e.getValue().isObject()) {
        throw new ConfigException("plugins." + e.getKey(), "a section (key: value lines) or nothing", e.getValue().toString());
      }
    }
    return new PluginsConfig(dir == null ? null : dir.asText(), copy);
  }

  public PluginsConfig {
    dir = Objects.requireNonNullElse(dir, "plugins");
    sections = sections == null ? JsonNodeFactory.instance.objectNode() : sections.deepCopy();
  }

  /** The section of one plugin, an empty object when absent. */
  public ObjectNode section(String name) {
    JsonNode node = sections.get(name);
    return node instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
  }

  /** A copy with one plugin's section replaced. */
  public PluginsConfig with(String name, ObjectNode section) {
    ObjectNode copy = sections.deepCopy();
    copy.set(name, section);
    return new PluginsConfig(dir, copy);
  }
}
