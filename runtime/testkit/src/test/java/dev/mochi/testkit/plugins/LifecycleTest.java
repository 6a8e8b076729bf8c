package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.plugin.PluginHost;
import dev.mochi.core.plugin.PluginInfo;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.Exchange;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LifecycleTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create();

  /** A base plugin exporting a class its dependent calls, through PF4J's dependency class loading. */
  private static PluginJar base(String version) {
    return PluginJar.id("base").version(version)
        .source("fixture.base.Shared", "package fixture.base; public final class Shared { public static String v() { return \"base " + version + "\"; } }")
        .source("fixture.base.Base", """
            package fixture.base;
            @org.pf4j.Extension
            public final class Base implements dev.mochi.api.Plugin<Void> {
              @Override public void apply(dev.mochi.api.Context ctx, Void config) {
                ctx.command("base").action((argv, session) -> Shared.v());
              }
            }
            """);
  }

  /** A plugin calling base's class: compiled against base's jar, which PF4J lends it at run time. */
  private static PluginJar dependent(java.nio.file.Path baseJar) {
    return PluginJar.id("dependent").dependsOn("base", ">=1.0.0").compileAgainst(baseJar)
        .source("fixture.dependent.Dependent", """
            package fixture.dependent;
            @org.pf4j.Extension
            public final class Dependent implements dev.mochi.api.Plugin<Void> {
              @Override public void apply(dev.mochi.api.Context ctx, Void config) {
                ctx.command("uses").action((argv, session) -> "uses " + fixture.base.Shared.v());
              }
            }
            """);
  }

  @Test void aDependentUsesItsDependencysClassesAndIsReloadedWithIt() {
    PluginInfo baseInfo = mochi.pluginJar(base("1.0.0"));
    PluginInfo info = mochi.pluginJar(dependent(baseInfo.source()));
    assertThat(info.state()).isEqualTo(PluginState.ACTIVE);
    mochi.client("alice").send("uses").shouldReply("uses base 1.0.0");

    mochi.dropJar(base("1.1.0"));
    PluginInfo reloaded = mochi.plugins().reload("base");

    assertThat(reloaded.version()).isEqualTo("1.1.0");
    assertThat(mochi.plugins().info("dependent")).hasValueSatisfying(d -> assertThat(d.active()).isTrue());
    mochi.client("alice").send("uses").shouldReply("uses base 1.1.0");
  }

  @Test void disablingADependencyFailsItsDependentsWithItsName() {
    PluginInfo baseInfo = mochi.pluginJar(base("1.0.0"));
    mochi.pluginJar(dependent(baseInfo.source()));

    mochi.plugins().disable("base");

    assertThat(mochi.plugins().info("dependent")).hasValueSatisfying(d ->
        assertThat(d.error()).hasValue("needs plugin 'base', which is disabled"));
    mochi.client("alice").send("uses").shouldNotReply();
    mochi.plugins().enable("base");
    mochi.client("alice").send("uses").shouldReply("uses base 1.0.0");
  }

  @Test void uninstallRemovesTheJarAndItsCommands() throws Exception {
    PluginInfo info = mochi.pluginJar(Fixtures.answering("gone", "gone", "here"));
    PluginHost host = mochi.plugins();
    assertThat(info.source()).exists();

    host.uninstall("gone");

    assertThat(info.source()).doesNotExist();
    assertThat(host.info("gone")).isEmpty();
    mochi.client("alice").send("gone").shouldNotReply();
  }

  @Test void unloadingWaitsForTheSessionInFlightInsideThePlugin() throws Exception {
    mochi.pluginJar(PluginJar.id("slow").source("fixture.slow.Slow", """
        package fixture.slow;
        @org.pf4j.Extension
        public final class Slow implements dev.mochi.api.Plugin<Void> {
          @Override public void apply(dev.mochi.api.Context ctx, Void config) {
            ctx.command("slow").action((argv, session) -> {
              Thread.sleep(1_000);
              return "finished " + Slow.class.getSimpleName();
            });
          }
        }
        """));
    Exchange inFlight = mochi.client("alice").send("slow");
    Thread.sleep(300);

    long start = System.nanoTime();
    CompletableFuture<PluginInfo> reload = CompletableFuture.supplyAsync(() -> mochi.plugins().reload("slow"));
    inFlight.shouldReply("finished Slow");
    assertThat(reload.get().active()).isTrue();
    assertThat((System.nanoTime() - start) / 1_000_000).as("reload waited for the session").isGreaterThanOrEqualTo(500);
  }
}
