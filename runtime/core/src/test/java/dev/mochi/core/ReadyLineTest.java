package dev.mochi.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.i18n.I18nService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The ready line the docs show is the one the launcher prints, plural forms included. */
class ReadyLineTest {
  private final I18nService i18n = new I18nService("en-US");

  @Test void theLineInGettingStartedIsTheLauncherLine() throws IOException {
    assertThat(Files.readString(Path.of("../../docs/getting-started.md")))
        .contains("\n" + Launcher.readyLine(i18n, 4790, 1, 9, 0) + "\n");
    assertThat(Files.readString(Path.of("../../docs/plugins.md")))
        .contains("\n" + Launcher.readyLine(i18n, 4790, 1, 8, 1) + "\n");
  }

  @Test void oneIsSingularAndLargeTimesHaveNoGrouping() {
    assertThat(Launcher.readyLine(i18n, 13718, 1, 1, 0)).isEqualTo("Mochi ready in 13718 ms: 1 bot, 1 plugin");
    assertThat(Launcher.readyLine(i18n, 412, 2, 0, 0)).isEqualTo("Mochi ready in 412 ms: 2 bots, 0 plugins");
  }
}
