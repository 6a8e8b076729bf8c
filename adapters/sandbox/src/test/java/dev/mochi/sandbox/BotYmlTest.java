package dev.mochi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.config.AppConfig;
import dev.mochi.core.config.ConfigLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The repository's {@code bot.yml} promises to spell out the built-in defaults; keep it honest. */
class BotYmlTest {
  private static final Path BOT_YML = Path.of("../../bot.yml");
  private final ConfigLoader loader = new ConfigLoader(name -> null);

  @Test void botYmlAtTheRootHoldsExactlyTheBuiltInDefaults() {
    AppConfig config = loader.load(BOT_YML);
    AppConfig defaults = AppConfig.defaults();

    assertThat(config.withPlugins(defaults.plugins())).isEqualTo(defaults);
    assertThat(config.plugins().dir()).isEqualTo(defaults.plugins().dir());
  }

  @Test void botYmlConfiguresTheSandboxWithItsDefaults() {
    AppConfig config = loader.load(BOT_YML);

    SandboxAdapter.Config sandbox = loader.bind(config.pluginSection("sandbox"), SandboxAdapter.Config.class, "sandbox");

    assertThat(sandbox).isEqualTo(SandboxAdapter.Config.defaults());
  }
}
