package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.plugin.PluginHost;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LeakDetectionTest {
  private static final String PINNED = "mochi.test.leaky-plugin";

  @RegisterExtension static final MochiTest mochi = MochiTest.create();

  @AfterEach void unpin() { System.getProperties().keySet().removeIf(k -> k.toString().startsWith(PINNED)); }

  @Test void aPluginThatPinsItsClassLoaderIsNamedInTheLogAndTheBotKeepsRunning() throws Exception {
    // The plugin hands an object of its own class to the JDK's system properties, which outlive it.
    PluginJar leaky = PluginJar.id("leaky").source("fixture.leaky.Leaky", """
        package fixture.leaky;
        @org.pf4j.Extension
        public final class Leaky implements dev.mochi.api.Plugin<Void> {
          @Override public void apply(dev.mochi.api.Context ctx, Void config) {
            System.getProperties().put("%s." + System.identityHashCode(this), this);
            ctx.command("leaky").action((argv, session) -> "still here");
          }
        }
        """.formatted(PINNED));
    mochi.pluginJar(leaky);
    mochi.pluginJar(Fixtures.answering("tidy", "tidy", "tidy"));
    PluginHost host = mochi.plugins();

    host.reload("leaky");
    host.reload("tidy");

    assertThat(host.checkLeaks()).containsExactly("leaky");
    assertThat(host.leaks()).containsExactly("leaky");
    assertThat(mochi.logs().containing("Plugin 'leaky' leaked its class loader")).hasSize(1);
    mochi.client("alice").send("leaky").shouldReply("still here");
    mochi.client("alice").send("tidy").shouldReply("tidy");
  }
}
