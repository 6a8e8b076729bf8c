package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.plugin.PluginInfo;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import java.nio.file.Path;
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

  @Test void aJarLoadedAgainUnderTheSameIdBringsTheExtensionsOfItsOwnIndex() {
    PluginInfo first = mochi.pluginJar(Fixtures.answering("swap", "first", "from the first jar"));
    assertThat(first.plugins()).containsExactly("swap");
    mochi.client("alice").send("first").shouldReply("from the first jar");

    // The same plugin id with another class in META-INF/extensions.idx: the host must read the new jar's index.
    Path second = PluginJar.id("swap").source("fixture.swap.Second", """
        package fixture.swap;

        import dev.mochi.api.Context;
        import dev.mochi.api.Plugin;
        import org.pf4j.Extension;

        @Extension
        public final class Second implements Plugin<Void> {
          @Override public String name() { return "swap-second"; }

          @Override public void apply(Context ctx, Void config) {
            ctx.command("second").action((argv, session) -> "from the second jar");
          }
        }
        """).build(mochi.directory().resolve("second"));
    PluginInfo again = mochi.plugins().load(second);

    assertThat(again.state()).isEqualTo(PluginState.ACTIVE);
    assertThat(again.plugins()).containsExactly("swap-second");
    mochi.client("alice").send("second").shouldReply("from the second jar");
    mochi.client("alice").send("first").shouldNotReply();
  }
}
