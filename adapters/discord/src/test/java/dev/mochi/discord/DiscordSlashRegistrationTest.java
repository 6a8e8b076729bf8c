package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.discord.fake.FakeChannel;
import dev.mochi.discord.fake.FakeDiscord;
import dev.mochi.discord.fake.FakeGuild;
import dev.mochi.discord.fake.FakeUser;
import dev.mochi.discord.fake.RestCall;
import dev.mochi.discord.fake.SlashOption;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slash commands follow the plugins: loading, reloading or unloading one registers again, once for several changes
 * (debounced), not at all when nothing Discord would see changed; with a test guild the commands go to that guild.
 */
@Timeout(180)
class DiscordSlashRegistrationTest {
  static final Duration DEBOUNCE = Duration.ofMillis(400);
  static final FakeDiscord discord = FakeDiscord.start();
  static final FakeUser alice = discord.user("alice");
  static final FakeGuild guild = discord.guild("Mochi test").member(alice);
  static final FakeChannel general = guild.textChannel("general");

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .plugin(new SlashTools(), null)
      .plugin(new DiscordAdapter(), DiscordFixture.config(discord).withBehaviour(false, true, guild.id())
          .withSlashTiming(DEBOUNCE, Duration.ofSeconds(2)))
      .timeout(DiscordFixture.WAIT);

  @AfterAll static void stopDiscord() { discord.close(); }

  private static PluginJar extra() {
    return PluginJar.id("extra").source("fixture.extra.Extra", """
        package fixture.extra;

        import dev.mochi.api.Context;
        import dev.mochi.api.Plugin;
        import org.pf4j.Extension;

        @Extension
        public final class Extra implements Plugin<Void> {
          @Override public String name() { return "extra"; }

          @Override public void apply(Context ctx, Void config) {
            ctx.command("extra <n:posint>", "An extra command").action((argv, s) -> "extra " + argv.arg(0, Long.class));
          }
        }
        """);
  }

  private static List<String> names(RestCall put) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : put.body()) out.add(c.path("name").asText());
    return out;
  }

  private static void awaitRegistrations(int count) {
    discord.await(() -> discord.registrations().size() >= count, DiscordFixture.WAIT,
        () -> count + " registrations, saw " + discord.registrationAttempts().size());
  }

  /** Waits well past the debounce, so a registration that was going to happen has happened. */
  private static void quiet() throws InterruptedException {
    Thread.sleep(DEBOUNCE.multipliedBy(5).toMillis());
  }

  @Test void pluginChangesRegisterAgainOnceAndOnlyWhenSomethingChanged() throws InterruptedException {
    mochi.plugins(); // the plugin host's own commands (plugin, plugin.list, ...) first
    DiscordFixture.awaitOnline(mochi, discord);
    awaitRegistrations(1);
    quiet();
    int base = discord.registrationAttempts().size();
    RestCall first = discord.registrations().getLast();
    assertThat(first.path()).as("to the test guild")
        .isEqualTo("applications/" + discord.self().id() + "/guilds/" + guild.id() + "/commands");
    assertThat(names(first)).contains("plugin-reload").doesNotContain("extra");

    assertThat(mochi.pluginJar(extra()).state()).isEqualTo(PluginState.ACTIVE);
    awaitRegistrations(base + 1);
    quiet();
    assertThat(discord.registrationAttempts()).hasSize(base + 1);
    assertThat(names(discord.registrations().getLast())).contains("extra");
    assertThat(FakeDiscord.answerText(discord.awaitAnswers(discord.interact(alice, general, "extra",
        SlashOption.integer("n", 7)), 1, DiscordFixture.WAIT).getFirst())).isEqualTo("extra 7");

    // a reload (removed, added), another plugin's new command and a disposed one: several changes, one registration
    assertThat(mochi.plugins().reload("extra").state()).isEqualTo(PluginState.ACTIVE);
    mochi.app().root().command("late", "Declared late").action((argv, s) -> "late");
    mochi.app().root().command("gone", "Declared and disposed").action((argv, s) -> "gone").dispose();
    awaitRegistrations(base + 2);
    quiet();
    assertThat(discord.registrationAttempts()).hasSize(base + 2);
    assertThat(names(discord.registrations().getLast())).contains("extra", "late").doesNotContain("gone");

    // a reload that changes nothing Discord sees: no call
    assertThat(mochi.plugins().reload("extra").state()).isEqualTo(PluginState.ACTIVE);
    quiet();
    assertThat(discord.registrationAttempts()).hasSize(base + 2);

    mochi.plugins().disable("extra");
    awaitRegistrations(base + 3);
    assertThat(names(discord.registrations().getLast())).contains("late").doesNotContain("extra");
  }
}
