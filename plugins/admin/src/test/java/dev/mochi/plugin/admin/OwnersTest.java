package dev.mochi.plugin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.UserData;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code owners} in bot.yml: the accounts listed get authority 5 before anyone speaks. */
class OwnersTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create().configure(b -> b.owners("mock:root", "other:42"));

  private static int authority(String platform, String pid) {
    return mochi.app().data().user(platform, pid, UserData.class).authority();
  }

  @Test void anOwnerWhoHasNeverSpokenHasAuthorityFiveAndCanAuthorizeAModeratorWhoHasNeverSpokenEither() {
    assertThat(authority("mock", "root")).isEqualTo(5);
    assertThat(authority("other", "42")).as("an owner on another platform").isEqualTo(5);
    assertThat(mochi.pluginJar(PluginJar.of("admin", Admin.class)).state()).isEqualTo(PluginState.ACTIVE);
    mochi.client("root").send("authorize -u @dave 4").shouldReply("Authority of mock:dave set to 4.");
    assertThat(authority("mock", "dave")).isEqualTo(4);
    mochi.client("dave").send("authorize -u @erin 3").shouldReply("Authority of mock:erin set to 3.");
  }

  @Test void anAccountNotListedKeepsTheDefaultAuthority() {
    assertThat(authority("mock", "someone")).isEqualTo(1);
  }
}
