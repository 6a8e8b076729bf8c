package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.plugin.PluginInfo;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FailureIsolationTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create()
      .pluginConfig("misconfigured", "greeting: [not, a, text]");

  @Test void aPluginWhoseApplyThrowsFailsAloneAndTheOthersAnswer() {
    PluginJar throwing = PluginJar.id("boom").source("fixture.boom.Boom", """
        package fixture.boom;
        @org.pf4j.Extension
        public final class Boom implements dev.mochi.api.Plugin<Void> {
          @Override public void apply(dev.mochi.api.Context ctx, Void config) {
            ctx.command("boom").action((argv, session) -> "should never answer");
            throw new IllegalStateException("no weather API key");
          }
        }
        """);
    mochi.pluginJar(Fixtures.answering("before", "before", "ok"));
    PluginInfo failed = mochi.pluginJar(throwing);
    mochi.pluginJar(Fixtures.answering("after", "after", "ok too"));

    assertThat(failed.state()).isEqualTo(PluginState.FAILED);
    assertThat(failed.error()).hasValueSatisfying(e -> assertThat(e).doesNotStartWith("Plugin 'boom'").contains("no weather API key"));
    assertThat(mochi.logs().containing("Plugin 'boom' failed: ")).isNotEmpty().allSatisfy(line -> assertThat(line)
        .doesNotContain("failed: Plugin 'boom'"));
    mochi.client("alice").send("boom").shouldNotReply();
    mochi.client("alice").send("before").shouldReply("ok");
    mochi.client("alice").send("after").shouldReply("ok too");
  }

  @Test void aPluginWithInvalidConfigFailsAloneWithTheKeyNamed() {
    PluginInfo failed = mochi.pluginJar(Fixtures.answering("misconfigured", "mis", "never"));
    mochi.pluginJar(Fixtures.answering("fine", "fine", "fine"));

    assertThat(failed.state()).isEqualTo(PluginState.FAILED);
    assertThat(failed.error()).hasValue("plugins.misconfigured: 'greeting': expected a text");
    mochi.client("alice").send("mis").shouldNotReply();
    mochi.client("alice").send("fine").shouldReply("fine");
  }

  @Test void aJarWithoutAnExtensionFailsWithAHint() {
    PluginJar empty = PluginJar.id("empty").source("fixture.empty.Nothing", "package fixture.empty; public class Nothing {}");
    PluginInfo info = mochi.pluginJar(empty);

    assertThat(info.state()).isEqualTo(PluginState.FAILED);
    assertThat(info.error()).hasValueSatisfying(e -> assertThat(e).contains("@org.pf4j.Extension"));
  }

  @Test void aMissingDependencyIsReportedWithItsIdAndVersionRange() {
    PluginInfo info = mochi.pluginJar(Fixtures.answering("needy", "needy", "x").dependsOn("base", ">=2.0.0"));

    assertThat(info.state()).isEqualTo(PluginState.FAILED);
    assertThat(info.error()).hasValue("needs plugin 'base' version >=2.0.0, which is not installed; "
        + "put its jar into the plugin directory");
  }

  @Test void aDependencyInTheWrongVersionIsReportedWithWhatIsInstalled() {
    mochi.pluginJar(Fixtures.answering("base", "base", "b").version("1.5.0"));
    PluginInfo info = mochi.pluginJar(Fixtures.answering("needy", "needy", "x").dependsOn("base", ">=2.0.0"));

    assertThat(info.error()).hasValue("needs plugin 'base' version >=2.0.0, but 'base' 1.5.0 is installed");
  }

  @Test void aPluginForANewerMochiIsRefused() {
    PluginInfo info = mochi.pluginJar(Fixtures.answering("future", "future", "x").requires(">=9.0.0"));

    assertThat(info.error()).hasValueSatisfying(e -> assertThat(e).startsWith("needs Mochi >=9.0.0 but this is Mochi"));
  }
}
