package dev.mochi.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.config.AppConfig;
import dev.mochi.core.config.ConfigLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The repository's bot.yml configures the console with its built-in defaults. */
class ConsoleBotYmlTest {
  @Test void botYmlConfiguresTheConsoleWithItsDefaults() {
    ConfigLoader loader = new ConfigLoader(name -> null);
    AppConfig config = loader.load(Path.of("../bot.yml"));
    ConsolePlugin.Config console = loader.bind(config.pluginSection("console"), ConsolePlugin.Config.class, "console");
    assertThat(console).isEqualTo(ConsolePlugin.Config.defaults());
    assertThat(console.host()).isEqualTo("127.0.0.1");
    assertThat(console.port()).isEqualTo(5140);
  }
}
