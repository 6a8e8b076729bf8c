package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.config.AppConfig;
import dev.mochi.core.config.ConfigLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The repository's {@code bot.yml} spells out the Discord adapter's defaults, and the token comes from the environment. */
class DiscordBotYmlTest {
  private static final Path BOT_YML = Path.of("../../bot.yml");

  @Test void botYmlConfiguresDiscordWithItsDefaults() {
    ConfigLoader loader = new ConfigLoader(name -> null);
    AppConfig config = loader.load(BOT_YML);
    DiscordConfig discord = loader.bind(config.pluginSection("discord"), DiscordConfig.class, "discord");
    assertThat(discord).isEqualTo(DiscordConfig.defaults());
  }

  @Test void theTokenIsReadFromDiscordTokenInTheEnvironment() {
    ConfigLoader loader = new ConfigLoader(name -> name.equals("DISCORD_TOKEN") ? "abc.def.ghi" : null);
    AppConfig config = loader.load(BOT_YML);
    DiscordConfig discord = loader.bind(config.pluginSection("discord"), DiscordConfig.class, "discord");
    assertThat(discord.token()).isEqualTo("abc.def.ghi");
  }
}
