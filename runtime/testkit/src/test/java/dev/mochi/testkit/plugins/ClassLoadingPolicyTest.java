package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Plugin;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClassLoadingPolicyTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create();

  /** A plugin whose command answers the version of the library class {@code lib.Banner} it bundles. */
  private static PluginJar bundlingLibrary(String id, String libraryVersion) {
    return PluginJar.id(id)
        .source("lib.Banner", """
            package lib;
            public final class Banner {
              public static String version() { return "%s"; }
            }
            """.formatted(libraryVersion))
        .source("fixture." + id + ".UsesLib", """
            package fixture.%s;
            @org.pf4j.Extension
            public final class UsesLib implements dev.mochi.api.Plugin<Void> {
              @Override public String name() { return "%s"; }
              @Override public void apply(dev.mochi.api.Context ctx, Void config) {
                ctx.command("%s").action((argv, session) -> "lib " + lib.Banner.version());
              }
            }
            """.formatted(id, id, id));
  }

  @Test void twoPluginsBundlingDifferentVersionsOfOneLibraryBothWork() {
    assertThat(mochi.pluginJar(bundlingLibrary("older", "1.0")).state()).isEqualTo(PluginState.ACTIVE);
    assertThat(mochi.pluginJar(bundlingLibrary("newer", "2.0")).state()).isEqualTo(PluginState.ACTIVE);

    mochi.client("alice").send("older").shouldReply("lib 1.0");
    mochi.client("alice").send("newer").shouldReply("lib 2.0");
  }

  @Test void aPluginsOwnCopyOfAClassWinsOverTheHostsForLibraries() {
    // dev.mochi.testkit.plugins.Fixtures is on the host's class path; the plugin bundles a class of the same name.
    PluginJar jar = PluginJar.id("shadow")
        .source("dev.mochi.testkit.plugins.Fixtures", """
            package dev.mochi.testkit.plugins;
            public final class Fixtures { public static String who() { return "plugin"; } }
            """)
        .source("fixture.shadow.Shadow", """
            package fixture.shadow;
            @org.pf4j.Extension
            public final class Shadow implements dev.mochi.api.Plugin<Void> {
              @Override public void apply(dev.mochi.api.Context ctx, Void config) {
                ctx.command("who").action((argv, session) -> dev.mochi.testkit.plugins.Fixtures.who());
              }
            }
            """);
    assertThat(mochi.pluginJar(jar).state()).isEqualTo(PluginState.ACTIVE);
    mochi.client("alice").send("who").shouldReply("plugin");
  }

  @Test void aPluginBundlingItsOwnCopyOfTheApiStillWorksBecauseTheHostsWins() {
    PluginJar jar = Fixtures.answering("bundler", "bundled", "still works").bundle(PluginJar.locationOf(Plugin.class));
    assertThat(mochi.pluginJar(jar).state()).isEqualTo(PluginState.ACTIVE);
    mochi.client("alice").send("bundled").shouldReply("still works");
  }
}
