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
}
