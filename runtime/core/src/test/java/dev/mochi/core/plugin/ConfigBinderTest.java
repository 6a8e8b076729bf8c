package dev.mochi.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.core.config.ConfigException;
import dev.mochi.core.config.ConfigLoader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigBinderTest {
  /** A plugin with a config record whose compact constructor supplies defaults. */
  static final class Lottery implements Plugin<Lottery.Config> {
    record Config(int maxItems, List<String> prizes, Duration cooldown) {
      Config {
        if (maxItems == 0) maxItems = 3;
        if (prizes == null) prizes = List.of("sword");
      }
    }

    @Override public void apply(Context ctx, Config config) {}
  }

  private final ConfigBinder binder = new ConfigBinder(new ConfigLoader());

  @Test void aSectionIsBoundWithKebabCaseKeysAndDurations() {
    ObjectNode section = JsonNodeFactory.instance.objectNode().put("max-items", 7).put("cooldown", "30s");
    Lottery.Config config = binder.bind(new Lottery(), section);
    assertThat(config).isEqualTo(new Lottery.Config(7, List.of("sword"), Duration.ofSeconds(30)));
  }

  @Test void aWrongValueNamesThePluginAndTheKey() {
    ObjectNode section = JsonNodeFactory.instance.objectNode().put("max-items", "many");
    assertThatThrownBy(() -> binder.bind(new Lottery(), section))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("plugins.lottery")
        .hasMessageContaining("'max-items': expected a whole number, got 'many'");
  }

  @Test void theSchemaHasOnePropertyPerComponentWithTypesAndDefaults() {
    ObjectNode schema = binder.schema(new Lottery());
    ObjectNode properties = (ObjectNode) schema.get("properties");
    assertThat(properties.properties().stream().map(java.util.Map.Entry::getKey).toList()).containsExactlyInAnyOrder("max-items", "prizes", "cooldown");
    assertThat(properties.path("max-items").path("type").asText()).isEqualTo("integer");
    assertThat(properties.path("max-items").path("default").asInt()).isEqualTo(3);
    assertThat(properties.path("prizes").path("type").asText()).isEqualTo("array");
    assertThat(properties.path("prizes").path("default").get(0).asText()).isEqualTo("sword");
  }

  @Test void aPluginWithoutConfigHasAnEmptyObjectSchema() {
    Plugin<Void> none = (ctx, config) -> {};
    assertThat(binder.schema(none).toString()).isEqualTo("{\"type\":\"object\",\"additionalProperties\":false}");
    assertThat(binder.bind(none, JsonNodeFactory.instance.objectNode())).isNull();
  }
}
