package dev.mochi.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.mochi.api.data.Default;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code @Default("5")} on a config record's component: the value a key left out of the section binds to. Jackson
 * knows nothing of the annotation (it would bind 0 or null), so the defaults are written into a copy of the section
 * before binding, for the keys it lacks, and in the sections of nested records that are there. A default is read
 * like a value in {@code bot.yml}: {@code "5"}, {@code "true"}, {@code "[\"a\"]"}, {@code "30s"}, or any text.
 */
final class RecordDefaults {
  private static final PropertyNamingStrategies.NamingBase KEBAB =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.KEBAB_CASE;

  private RecordDefaults() {}

  /** The section with the defaults of {@code type} filled in; the keys that got one, by dotted path, in the map. */
  static ObjectNode fill(ObjectNode section, Class<?> type, ObjectMapper mapper, Map<String, String> filled) {
    if (!type.isRecord()) return section;
    ObjectNode out = section.deepCopy();
    fill(out, type, mapper, filled, "");
    return out;
  }

  /** The keys that got a default, for {@link #fill(ObjectNode, Class, ObjectMapper, Map)}. */
  static Map<String, String> tracker() { return new LinkedHashMap<>(); }

  private static void fill(ObjectNode node, Class<?> type, ObjectMapper mapper, Map<String, String> filled, String path) {
    for (RecordComponent component : type.getRecordComponents()) {
      String key = KEBAB.translate(component.getName());
      JsonNode present = node.get(key);
      Default annotation = component.getAnnotation(Default.class);
      if (present == null && annotation != null) {
        node.set(key, value(annotation.value(), component.getType(), mapper));
        filled.put(path + key, annotation.value());
      } else if (present instanceof ObjectNode nested && component.getType().isRecord()) {
        fill(nested, component.getType(), mapper, filled, path + key + ".");
      }
    }
  }

  private static JsonNode value(String text, Class<?> type, ObjectMapper mapper) {
    if (type == String.class) return TextNode.valueOf(text);
    try {
      return mapper.readTree(text);
    } catch (JsonProcessingException notJson) {
      return TextNode.valueOf(text); // a duration, an enum constant, a word
    }
  }
}
