package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.UserData;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PluginCommandTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create();

  private MockClient admin;

  @BeforeEach void startHostAndMakeAnAdmin() {
    mochi.plugins();
    admin = mochi.client("admin");
    admin.send("ping").await();
    UserData user = mochi.app().data().user(mochi.platform(), "admin", UserData.class);
    user.set("authority", 4);
    user.flush();
  }

  @Test void aJarDroppedIntoTheRunningBotIsLoadedByPluginReloadAndAnswers() {
    mochi.dropJar(Fixtures.answering("late", "late", "arrived"));
    admin.send("late").shouldNotReply();

    admin.send("plugin reload late").shouldReply(r -> assertThat(r).startsWith("Reloaded late 1.0.0 in "));
    admin.send("late").shouldReply("arrived");
  }

  @Test void aJarDroppedIntoTheRunningBotIsLoadedByPluginEnable() {
    mochi.dropJar(Fixtures.answering("later", "later", "here"));

    admin.send("plugin enable later").shouldReply("Enabled later 1.0.0.");
    admin.send("later").shouldReply("here");
  }

  @Test void disableUnloadsAndListShowsEveryState() {
    mochi.pluginJar(Fixtures.answering("one", "one", "1"));
    mochi.pluginJar(Fixtures.answering("two", "two", "2"));

    admin.send("plugin disable one").shouldReply("Disabled one.");
    admin.send("one").shouldNotReply();
    admin.send("two").shouldReply("2");
    admin.send("plugin list").shouldReply("2 plugin jars in plugins/:\none 1.0.0: disabled\ntwo 1.0.0: active");
    admin.send("plugin").shouldReply(r -> assertThat(r).contains("one 1.0.0: disabled"));
  }

  @Test void anUnknownPluginIsNamedInTheReply() {
    admin.send("plugin reload nope").shouldReply(r -> assertThat(r).contains("'nope'").contains("no jar with this plugin id"));
  }

  @Test void theCommandNeedsAuthorityFour() {
    MockClient bob = mochi.client("bob");
    bob.send("plugin list").shouldReply(r -> assertThat(r).doesNotContain("plugin jars in"));
  }
}
