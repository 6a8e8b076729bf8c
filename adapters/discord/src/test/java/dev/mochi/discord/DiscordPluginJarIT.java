package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.plugin.PluginInfo;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.discord.fake.FakeChannel;
import dev.mochi.discord.fake.FakeDiscord;
import dev.mochi.discord.fake.FakeUser;
import dev.mochi.testkit.MochiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The packaged adapter is a plugin jar like any other: JDA and its libraries inside, the host's shared packages not,
 * and loaded through PF4J in its own class loader it connects to Discord and answers messages and slash commands.
 */
@Timeout(120)
class DiscordPluginJarIT {
  static final Path JAR = Path.of(System.getProperty("mochi.discord.jar", "target/mochi-discord.jar"));
  static final FakeDiscord discord = FakeDiscord.start();
  static final FakeUser alice = discord.user("alice");
  static final FakeChannel general = discord.guild("Mochi test").member(alice).textChannel("general");

  @RegisterExtension static final MochiTest mochi = MochiTest.create()
      .plugin(new TestCommands(), null)
      .pluginConfig("discord", """
          token: %s
          rest-url: %s
          gateway-url: %s
          compress: false
          slash-debounce: 100ms
          """.formatted(discord.token(), discord.restUrl(), discord.gatewayUrl()))
      .timeout(DiscordFixture.WAIT);

  @AfterAll static void stopDiscord() { discord.close(); }

  @Test void theJarCarriesJdaButNotTheHostsPackages() throws IOException {
    assertThat(JAR).exists();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> names = Collections.list(jar.entries()).stream().map(java.util.zip.ZipEntry::getName).toList();
      assertThat(names).contains("dev/mochi/discord/DiscordAdapter.class", "net/dv8tion/jda/api/JDA.class",
          "okhttp3/OkHttpClient.class", "com/fasterxml/jackson/databind/ObjectMapper.class");
      assertThat(names).noneMatch(n -> n.startsWith("dev/mochi/api/") || n.startsWith("org/slf4j/")
          || n.startsWith("org/pf4j/") || n.startsWith("com/fasterxml/jackson/annotation/"));
      assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/extensions.idx")).readAllBytes()))
          .contains("dev.mochi.discord.DiscordAdapter");
      assertThat(jar.getManifest().getMainAttributes().getValue("Plugin-Id")).isEqualTo("discord");
    }
  }

  @Test void loadedThroughPf4jTheAdapterConnectsAndAnswers() throws IOException {
    Path copy = Files.copy(JAR, mochi.directory().resolve(JAR.getFileName()));
    PluginInfo info = mochi.plugins().install(copy);
    assertThat(info.state()).as(info.error().orElse("")).isEqualTo(PluginState.ACTIVE);
    var bot = DiscordFixture.awaitOnline(mochi, discord);
    assertThat(bot.getClass().getClassLoader()).as("the bot's classes come from the plugin jar")
        .isNotSameAs(DiscordAdapter.class.getClassLoader());
    discord.say(alice, general, "echo through the jar");
    assertThat(discord.awaitSent(general, 1, DiscordFixture.WAIT).getFirst().body().path("content").asText())
        .isEqualTo("through the jar");

    discord.await(() -> !discord.registrations().isEmpty(), DiscordFixture.WAIT, () -> "the slash commands");
    assertThat(discord.registrations().getFirst().body().toString()).contains("\"name\":\"echo\"");
    var slash = discord.interact(alice, general, "echo", dev.mochi.discord.fake.SlashOption.string("message", "slashed"));
    assertThat(FakeDiscord.answerText(discord.awaitAnswers(slash, 1, DiscordFixture.WAIT).getFirst())).isEqualTo("slashed");
    var unknown = discord.interact(alice, general, "zh-CN", "nosuch");
    assertThat(FakeDiscord.answerText(discord.awaitAnswers(unknown, 1, DiscordFixture.WAIT).getFirst()))
        .as("the adapter's own texts, from the jar").startsWith("/nosuch 不是");
  }
}
