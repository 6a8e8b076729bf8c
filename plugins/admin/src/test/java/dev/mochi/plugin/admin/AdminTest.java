package dev.mochi.plugin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.ChannelData;
import dev.mochi.api.data.UserData;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import dev.mochi.testkit.PluginJar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create();

  private MockClient admin;
  private MockClient bob;

  @BeforeEach void loadTheShippedJarWithALevelFourAdminAndBob() {
    assertThat(mochi.pluginJar(PluginJar.of("admin", Admin.class)).state()).isEqualTo(PluginState.ACTIVE);
    admin = mochi.client("admin");
    bob = mochi.client("bob");
    setAuthority("admin", 4);
    assertThat(authority("bob")).as("a new user's authority").isEqualTo(1);
  }

  private static void setAuthority(String pid, int value) {
    UserData user = mochi.app().data().user(mochi.platform(), pid, UserData.class);
    user.set("authority", value);
    user.flush();
  }

  private static int authority(String pid) {
    return mochi.app().data().user(mochi.platform(), pid, UserData.class).authority();
  }

  @Test void aLevelFourAdminCanSetAUserToTwo() {
    admin.send("authorize -u @bob 2").shouldReply("Authority of mock:bob set to 2.");
    assertThat(authority("bob")).isEqualTo(2);
  }

  @Test void aLevelFourAdminCannotGrantFour() {
    admin.send("authorize -u @bob 4").shouldReply("You cannot grant authority 4: it must be lower than your own (4).");
    assertThat(authority("bob")).isEqualTo(1);
  }

  @Test void invalidValuesGetTheInvalidArgumentReply() {
    admin.send("authorize -u @bob abc").shouldReply(r -> assertThat(r).startsWith("Invalid argument value"));
    admin.send("authorize -u @bob -1").shouldReply(r -> assertThat(r).startsWith("Invalid argument value"));
    admin.send("authorize -u @bob 9").shouldReply("Invalid argument value: expected 0 to 5.");
    assertThat(authority("bob")).isEqualTo(1);
  }

  @Test void aUserAtTheAdminsLevelCannotBeChanged() {
    setAuthority("bob", 4);
    admin.send("authorize -u @bob 1").shouldReply("You cannot change the authority of mock:bob: they have 4, not less than yours.");
    assertThat(authority("bob")).isEqualTo(4);
  }

  @Test void aUserWhoHasNeverSpokenCanBeAuthorized() {
    admin.send("authorize -u @carol 2").shouldReply("Authority of mock:carol set to 2.");
    assertThat(authority("carol")).isEqualTo(2);
    mochi.client("carol").send("authorize -u @bob 1").shouldReply("Insufficient authority.");
    assertThat(authority("carol")).as("her first message keeps the authority given before it").isEqualTo(2);
  }

  @Test void anOrdinaryUserCannotAuthorize() {
    bob.send("authorize -u @admin 0").shouldReply(r -> assertThat(r).isEqualTo("Insufficient authority."));
    assertThat(authority("admin")).isEqualTo(4);
  }

  @Test void assignMakesThisBotAnswerInTheChannel() {
    MockClient inGuild = mochi.client("admin", "guild-1");
    inGuild.send("assign").shouldReply("This channel is now answered by mochi.");
    inGuild.send("assign other-bot").shouldReply("This channel is now answered by other-bot.");
  }
}
