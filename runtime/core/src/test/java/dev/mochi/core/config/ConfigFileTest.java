package dev.mochi.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin's section is written back into bot.yml in place: only what changed changes. */
class ConfigFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static ObjectNode section(Map<String, ?> values) { return JSON.valueToTree(values); }

  private String save(String text, String plugin, Map<String, ?> values) throws IOException {
    Path file = dir.resolve("bot.yml");
    Files.writeString(file, text);
    new ConfigFile(file, new ConfigLoader(name -> name.equals("TOKEN") ? "secret" : null)).writeSection(plugin, section(values));
    return Files.readString(file);
  }

  @Test void unchangedKeysKeepTheirLinesAndReferencesAndChangedOnesTheirComments() throws IOException {
    String text = """
        plugins:
          discord:
            token: ${TOKEN}          # from the environment
            intents: [A, B]
            shards:
              # how many
              total: 4
              from: 0
            accept-bots: false
          # next
          weather: {}
        """;
    String saved = save(text, "discord", Map.of("token", "secret", "intents", java.util.List.of("A", "C"),
        "shards", Map.of("total", 8, "from", 0), "slash-commands", true));
    assertThat(saved).isEqualTo("""
        plugins:
          discord:
            token: ${TOKEN}          # from the environment
            intents: [A, C]
            shards:
              # how many
              total: 8
              from: 0
            slash-commands: true
          # next
          weather: {}
        """);
  }

  @Test void aMissingSectionOrPluginsKeyIsAppendedAndAFlowSectionBecomesABlock() throws IOException {
    assertThat(save("locale: en-US\n", "lottery", Map.of("max-items", 3)))
        .isEqualTo("locale: en-US\nplugins:\n  lottery:\n    max-items: 3\n");
    assertThat(save("plugins:\n  dir: jars   # here\n\n# end\n", "lottery", Map.of("name", "a: b")))
        .isEqualTo("plugins:\n  dir: jars   # here\n  lottery:\n    name: \"a: b\"\n\n# end\n");
    assertThat(save("plugins:\n  lottery: {}  # empty\n", "lottery", Map.of("on", "yes")))
        .isEqualTo("plugins:\n  lottery:  # empty\n    \"on\": \"yes\"\n");
  }

  @Test void aFlowPluginsSectionIsRefusedAndTheFileIsLeftAsItWas() throws IOException {
    Path file = dir.resolve("bot.yml");
    Files.writeString(file, "plugins: { lottery: { max-items: 1 } }\n");
    assertThatThrownBy(() -> new ConfigFile(file, new ConfigLoader()).writeSection("lottery", section(Map.of("max-items", 2))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("flow style");
    assertThat(Files.readString(file)).isEqualTo("plugins: { lottery: { max-items: 1 } }\n");
  }
}
