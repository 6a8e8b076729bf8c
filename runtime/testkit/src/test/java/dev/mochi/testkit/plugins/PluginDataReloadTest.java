package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.plugin.PluginHost;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A plugin whose user field is a record of its own keeps its data across reloads and leaves no loader behind. */
class PluginDataReloadTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  static PluginJar profiles() {
    return PluginJar.id("profiles").source("fixture.profiles.Profiles", """
        package fixture.profiles;

        import dev.mochi.api.Context;
        import dev.mochi.api.Plugin;
        import dev.mochi.api.data.UserData;
        import org.pf4j.Extension;

        @Extension
        public final class Profiles implements Plugin<Void> {
          public record Profile(String nick, int level) {}

          public interface WithProfile extends UserData {
            Profile profile();  void profile(Profile value);
          }

          @Override public String name() { return "profiles"; }

          @Override public void apply(Context ctx, Void config) {
            ctx.model().extend("user", WithProfile.class);
            ctx.command("level-up").userFields(WithProfile.class).action((argv, session) -> {
              WithProfile me = session.user(WithProfile.class);
              Profile p = me.profile() == null ? new Profile(session.userId(), 0) : me.profile();
              me.profile(new Profile(p.nick(), p.level() + 1));
              return p.nick() + " is level " + (p.level() + 1);
            });
          }
        }
        """);
  }

  @Test void aRecordFieldSurvivesReloadsAndTheOldClassLoadersAreCollected() throws Exception {
    mochi.pluginJar(profiles());
    var alice = mochi.client("alice");
    alice.send("level-up").shouldReply("alice is level 1");
    PluginHost host = mochi.plugins();
    for (int i = 2; i <= 4; i++) {
      assertThat(host.reload("profiles").active()).isTrue();
      alice.send("level-up").shouldReply("alice is level " + i);
    }
    assertThat(host.checkLeaks()).isEmpty();
    assertThat(mochi.logs().problems()).isEmpty();
  }
}
