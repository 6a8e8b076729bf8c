package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.UserData;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An owner changes a plugin's configuration from chat: validated against its record, applied, saved to bot.yml. */
class PluginConfigCommandTest {
  @TempDir static Path dir;

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .pluginConfig("greeter", "greeting: Hello")
      .configure(b -> b.saveTo(dir.resolve("bot.yml")));

  private MockClient admin;

  @BeforeEach void loadTheJarAndMakeAnAdmin() throws IOException {
    Files.writeString(dir.resolve("bot.yml"), "locale: en-US\nplugins:\n  greeter:\n    greeting: Hello\n");
    assertThat(mochi.pluginJar(Fixtures.answering("greeter", "greet", "there")).active()).isTrue();
    admin = mochi.client("admin");
    admin.send("greet").shouldReply("Hello there");
    UserData user = mochi.app().data().user(mochi.platform(), "admin", UserData.class);
    user.set("authority", 4);
    user.flush();
  }

  @Test void aValidSettingIsAppliedAndSavedToBotYml() throws IOException {
    admin.send("plugin config greeter").shouldReply("Configuration of greeter:\ngreeting = \"Hello\"");
    admin.send("plugin config greeter greeting=Howdy").shouldReply("greeter now runs with greeting = \"Howdy\".");
    admin.send("greet").shouldReply("Howdy there");
    assertThat(Files.readString(dir.resolve("bot.yml"))).contains("greeting: Howdy").startsWith("locale: en-US\n");
  }

  @Test void aSettingTheRecordRefusesChangesNothingAndNamesTheKey() throws IOException {
    admin.send("plugin config greeter greeting=[a,b]").shouldReply(r -> assertThat(r)
        .startsWith("Not changed: ").contains("greeting").endsWith("greeter keeps its configuration."));
    admin.send("plugin config greeter colour=red").shouldReply(r -> assertThat(r)
        .startsWith("Not changed: ").contains("colour"));
    admin.send("greet").shouldReply("Hello there");
    assertThat(Files.readString(dir.resolve("bot.yml"))).contains("greeting: Hello");
  }

  @Test void aSettingWithoutAnEqualsSignIsExplainedAndOrdinaryUsersCannotConfigure() {
    admin.send("plugin config greeter Howdy").shouldReply("Write settings as key=value, e.g. max-items=3; got 'Howdy'.");
    mochi.client("bob").send("plugin config greeter greeting=Hi").shouldReply("Insufficient authority.");
  }
}
