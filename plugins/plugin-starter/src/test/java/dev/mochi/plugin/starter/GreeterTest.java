package dev.mochi.plugin.starter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tests the plugin as it ships: a real jar of this module's classes, loaded through the bot's PF4J host. */
class GreeterTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create().pluginConfig("greeter", "greeting: Hi");

  @Test void greetGreetsTheNamedUserWithTheConfiguredGreeting() {
    assertThat(mochi.pluginJar(PluginJar.of("greeter", Greeter.class)).active()).isTrue();

    mochi.client("alice").send("greet Bob").shouldReply("Hi, Bob!");
    mochi.client("alice").send("greet").shouldReply("Hi, alice!");
  }

  @Test void theConsoleFormShowsBothKeysWithTheirDefaults() {
    mochi.pluginJar(PluginJar.of("greeter", Greeter.class));

    var properties = mochi.plugins().schema("greeter").path("properties");
    assertThat(properties.path("greeting").path("default").asText()).isEqualTo("Hello");
    assertThat(properties.path("punctuation").path("default").asText()).isEqualTo("!");
  }
}
