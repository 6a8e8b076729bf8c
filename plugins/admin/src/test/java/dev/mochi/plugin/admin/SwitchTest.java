package dev.mochi.plugin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.UserData;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import dev.mochi.testkit.PluginJar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code switch}: commands and plugins turned off per guild channel, kept in the channel table across a restart. */
class SwitchTest {
  /** A small plugin with a command, a subcommand and a second command, to be switched. */
  static final class Games implements Plugin<Void> {
    @Override public String name() { return "games"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.command("dice", "Roll").action((argv, session) -> "4");
      ctx.command("dice.twice", "Roll twice").action((argv, session) -> "4 4");
      ctx.command("coin", "Flip").action((argv, session) -> "heads");
      ctx.command("vault", "Owners only").authority(5).action((argv, session) -> "gold");
    }
  }

  @RegisterExtension static final MochiTest mochi = MochiTest.create().plugin(new Games(), null);

  private MockClient admin;

  @BeforeEach void loadAdminWithALevelFourAdmin() {
    assertThat(mochi.pluginJar(PluginJar.of("admin", Admin.class)).state()).isEqualTo(PluginState.ACTIVE);
    setAuthority("admin", 4);
    admin = mochi.client("admin", "guild-1");
  }

  private static void setAuthority(String pid, int value) {
    UserData user = mochi.app().data().user(mochi.platform(), pid, UserData.class);
    user.set("authority", value);
    user.flush();
  }

  @Test void aCommandTurnedOffIsIgnoredInThatChannelOnlyAndComesBackOn() {
    admin.send("switch").shouldReply("Nothing is turned off in this channel.");
    admin.send("switch dice").shouldReply("Turned off in this channel: command dice.");
    MockClient bob = mochi.client("bob", "guild-1");
    bob.send("dice").shouldNotReply();
    bob.send("dice.twice").shouldNotReply();
    bob.send("coin").shouldReply("heads");
    assertThat(admin.drain()).as("what the admin saw in the channel meanwhile").containsExactly("heads");
    mochi.client("bob", "guild-2").send("dice").shouldReply("4");
    mochi.client("bob").send("dice").shouldReply("4");
    admin.send("switch").shouldReply("Turned off in this channel: command dice.");
    admin.send("switch dice").shouldReply("Turned on again in this channel: command dice.");
    assertThat(bob.drain()).as("what bob saw of the admin's switches in the channel").containsExactly(
        "Turned off in this channel: command dice.", "Turned on again in this channel: command dice.");
    bob.send("dice").shouldReply("4");
    assertThat(admin.drain()).containsExactly("4");
    admin.send("switch").shouldReply("Nothing is turned off in this channel.");
  }

  @Test void aPluginTurnedOffSilencesAllItsCommandsAndTheSwitchesSurviveARestart() {
    admin.send("switch -p games").shouldReply("Turned off in this channel: plugin games.");
    admin.send("switch coin").shouldReply("Turned off in this channel: command coin.");
    admin.send("dice").shouldNotReply();
    mochi.restart();
    assertThat(mochi.plugins().info("admin").orElseThrow().state()).isEqualTo(PluginState.ACTIVE);
    MockClient again = mochi.client("admin", "guild-1");
    again.send("switch").shouldReply("Turned off in this channel: plugin games, command coin.");
    again.send("dice").shouldNotReply();
    again.send("switch -p games").shouldReply("Turned on again in this channel: plugin games.");
    again.send("dice").shouldReply("4");
    again.send("coin").shouldNotReply();
  }

  @Test void switchRefusesWhatItCannotOrMayNotTurnOff() {
    admin.send("switch switch").shouldReply("switch cannot be turned off: it is how things are turned back on.");
    admin.send("switch -p admin").shouldReply("plugin:admin cannot be turned off: it is how things are turned back on.");
    admin.send("switch nosuch").shouldReply("There is no command nosuch.");
    admin.send("switch -p nosuch").shouldReply("No plugin nosuch has commands here.");
    admin.send("switch vault").shouldReply("You cannot switch vault: it needs authority 5, more than yours.");
    mochi.client("bob", "guild-1").send("switch dice").shouldReply("Insufficient authority.");
    mochi.client("admin").send("switch dice")
        .shouldReply("switch works in a guild channel; in a private chat every command stays on.");
    mochi.client("bob", "guild-1").send("dice").shouldReply("4");
  }
}
