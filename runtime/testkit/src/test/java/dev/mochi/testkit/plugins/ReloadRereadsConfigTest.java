package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.UserData;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code plugin reload} applies the plugin's section of bot.yml as the file says now. */
class ReloadRereadsConfigTest {
  @TempDir static Path dir;

  private static Path botYml() {
    return dir.resolve("bot.yml");
  }

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .pluginConfig("greeter", "greeting: Hello")
      .configure(b -> b.saveTo(botYml()));

  @Test void reloadReadsTheEditedSectionAndABrokenFileLeavesThePluginRunning() throws IOException {
    Files.writeString(botYml(), "plugins:\n  greeter:\n    greeting: Hello\n");
    assertThat(mochi.pluginJar(Fixtures.answering("greeter", "greet", "there")).active()).isTrue();
    MockClient admin = mochi.client("admin");
    admin.send("greet").shouldReply("Hello there");
    UserData user = mochi.app().data().user(mochi.platform(), "admin", UserData.class);
    user.set("authority", 4);
    user.flush();

    Files.writeString(botYml(), "plugins:\n  greeter:\n    greeting: Howdy   # edited while the bot runs\n");
    admin.send("plugin reload greeter").shouldReply(r -> assertThat(r).startsWith("Reloaded greeter 1.0.0 in "));
    admin.send("greet").shouldReply("Howdy there");

    Files.writeString(botYml(), "plugins:\n  greeter:\n    greeting: Hi\n  greeter:\n    greeting: again\n");
    admin.send("plugin reload greeter").shouldReply(r -> assertThat(r).contains("written twice"));
    admin.send("greet").shouldReply("Howdy there");
  }
}
