package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.core.config.ConfigException;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.MochiTest;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConfigurationTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create().pluginConfig("ticker", "greeting: hello");

  private static ObjectNode section(String greeting) {
    return JsonNodeFactory.instance.objectNode().put("greeting", greeting).put("period-millis", 50);
  }

  @Test void theBotYmlSectionIsBoundToTheConfigRecord() {
    mochi.app().root().provide(AtomicLong.class, new AtomicLong());
    mochi.pluginJar(Fixtures.ticker("ticker"));
    mochi.client("alice").send("tick").shouldReply(r -> assertThat(r).startsWith("hello "));
  }

  @Test void aChangedConfigReappliesThePlugin() {
    mochi.app().root().provide(AtomicLong.class, new AtomicLong());
    mochi.pluginJar(Fixtures.ticker("ticker"));

    assertThat(mochi.plugins().configure("ticker", section("bonjour")).state()).isEqualTo(PluginState.ACTIVE);
    mochi.client("alice").send("tick").shouldReply(r -> assertThat(r).startsWith("bonjour "));
    assertThat(mochi.plugins().section("ticker").get("greeting").asText()).isEqualTo("bonjour");
  }

  @Test void anInvalidChangeIsRefusedWithTheKeyAndTheOldConfigKeepsRunning() {
    mochi.app().root().provide(AtomicLong.class, new AtomicLong());
    mochi.pluginJar(Fixtures.ticker("ticker"));
    ObjectNode invalid = section("hi").put("period-millis", "often");

    assertThatThrownBy(() -> mochi.plugins().configure("ticker", invalid))
        .isInstanceOf(ConfigException.class).hasMessageContaining("period-millis");
    ObjectNode unknown = section("hi").put("colour", "red");
    assertThatThrownBy(() -> mochi.plugins().configure("ticker", unknown))
        .isInstanceOf(ConfigException.class).hasMessageContaining("colour");
    mochi.client("alice").send("tick").shouldReply(r -> assertThat(r).startsWith("hello "));
  }

  @Test void theSchemaDescribesTheRecordWithKebabCaseKeysAndDefaults() {
    mochi.app().root().provide(AtomicLong.class, new AtomicLong());
    mochi.pluginJar(Fixtures.ticker("ticker"));

    ObjectNode schema = mochi.plugins().schema("ticker");

    assertThat(schema.path("$schema").asText()).contains("2020-12");
    assertThat(schema.path("type").asText()).isEqualTo("object");
    assertThat(schema.path("title").asText()).isEqualTo("ticker");
    assertThat(schema.path("properties").path("greeting").path("type").asText()).isEqualTo("string");
    assertThat(schema.path("properties").path("period-millis").path("type").asText()).isEqualTo("integer");
    assertThat(schema.path("properties").path("period-millis").path("default").asInt(-1)).isZero();
  }
}
