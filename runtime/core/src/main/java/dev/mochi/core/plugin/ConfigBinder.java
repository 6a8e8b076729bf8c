package dev.mochi.core.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import dev.mochi.api.MochiException;
import dev.mochi.api.Plugin;
import dev.mochi.core.config.ConfigLoader;
import java.lang.reflect.RecordComponent;
import java.time.Duration;

/**
 * Binds a plugin's {@code bot.yml} section to its config record and describes the record as a JSON schema for the
 * console's form. Keys are kebab-case in both, as everywhere in {@code bot.yml}. Every call uses a throw-away
 * mapper with its own type cache: Jackson caches per mapper (and in the shared default type factory), and a cache
 * entry for a plugin's record would keep the plugin's class loader alive after it is unloaded.
 */
final class ConfigBinder {
  private static final PropertyNamingStrategies.NamingBase KEBAB =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.KEBAB_CASE;

  private final ConfigLoader loader;

  ConfigBinder(ConfigLoader loader) { this.loader = loader; }

  /** The bound config, null for a plugin without one; an invalid section throws a ConfigException naming the key. */
  <C> C bind(Plugin<C> plugin, ObjectNode section) {
    Class<C> type = plugin.configType();
    if (type == Void.class) return null;
    return loader.bind(section, type, plugin.name(), isolatedMapper());
  }

  /** A JSON schema (draft 2020-12) of the config type, with each property's default when the empty section binds. */
  ObjectNode schema(Plugin<?> plugin) {
    Class<?> type = plugin.configType();
    if (type == Void.class) {
      ObjectNode empty = JsonNodeFactory.instance.objectNode();
      empty.put("type", "object");
      empty.put("additionalProperties", false);
      return empty;
    }
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON);
    config.forFields().withPropertyNameOverrideResolver(field -> KEBAB.translate(field.getDeclaredName()));
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(type);
    schema.put("title", plugin.name());
    addDefaults(plugin, schema);
    return schema;
  }

  private void addDefaults(Plugin<?> plugin, ObjectNode schema) {
    if (!(schema.get("properties") instanceof ObjectNode properties)) return;
    ObjectMapper mapper = isolatedMapper();
    Object bound;
    try {
      bound = loader.bind(JsonNodeFactory.instance.objectNode(), plugin.configType(), plugin.name(), mapper);
    } catch (MochiException | IllegalArgumentException e) {
      return; // no defaults: the empty section is not valid, some keys are required
    }
    if (bound == null || !bound.getClass().isRecord()) return;
    for (RecordComponent component : bound.getClass().getRecordComponents()) {
      JsonNode value = defaultOf(component, bound, mapper);
      if (value != null && !value.isNull() && properties.get(KEBAB.translate(component.getName())) instanceof ObjectNode property) {
        property.set("default", value);
      }
    }
  }

  /** One component's value in its bot.yml form (a duration as ISO-8601, as the schema's format says); null if none. */
  private static JsonNode defaultOf(RecordComponent component, Object record, ObjectMapper mapper) {
    try {
      Object value = component.getAccessor().invoke(record);
      if (value instanceof Duration d) return JsonNodeFactory.instance.textNode(d.toString());
      return mapper.valueToTree(value);
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return null; // a value Jackson cannot write: the form shows no default for it
    }
  }

  /** A config object as the section that binds to it (kebab-case keys); throws IllegalArgumentException when it cannot. */
  ObjectNode section(Object config) {
    JsonNode tree = isolatedMapper().valueToTree(config);
    if (!(tree instanceof ObjectNode o)) throw new IllegalArgumentException("not a record: " + config);
    return o;
  }

  private ObjectMapper isolatedMapper() {
    return dev.mochi.core.config.IsolatedMappers.copyOf(loader.mapper());
  }
}
