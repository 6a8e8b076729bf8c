package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.plugin.PluginInfo;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.MochiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PluginJarLoadingTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create();

  @Test void aBuiltJarIsLoadedThroughPf4jAndItsCommandAnswers() {
    PluginInfo info = mochi.pluginJar(Fixtures.answering("hello", "hello", "world"));

    assertThat(info.state()).isEqualTo(PluginState.ACTIVE);
    assertThat(info.plugins()).containsExactly("hello");
    mochi.client("alice").send("hello").shouldReply("world");
  }

  @Test void aPluginPropertiesFileWinsOverTheManifestAsInPf4j() {
    // The manifest says id "manifest-id" 1.0.0; PF4J reads plugin.properties first when a jar has one.
    PluginInfo info = mochi.pluginJar(Fixtures.answering("manifest-id", "props", "from the jar")
        .resource("plugin.properties", "plugin.id=props-id\nplugin.version=2.3.4\nplugin.description=from properties\n"));

    assertThat(info.id()).isEqualTo("props-id");
    assertThat(info.version()).isEqualTo("2.3.4");
    assertThat(info.description()).isEqualTo("from properties");
    assertThat(info.state()).isEqualTo(PluginState.ACTIVE);
    mochi.client("alice").send("props").shouldReply("from the jar");
  }

  @Test void aJarWithOnlyAManifestHasItsDescriptorFromTheManifest() {
    PluginInfo info = mochi.pluginJar(Fixtures.answering("described", "described", "yes")
        .version("3.1.0").description("read from the manifest"));

    assertThat(info.id()).isEqualTo("described");
    assertThat(info.version()).isEqualTo("3.1.0");
    assertThat(info.description()).isEqualTo("read from the manifest");
    mochi.client("alice").send("described").shouldReply("yes");
  }
}
