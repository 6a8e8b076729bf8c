package dev.mochi.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad configurations, each with the exact text the owner reads at start: an error stops the start, a warning is
 * logged and the bot starts. Every text names the file, the line, the key and what to write instead.
 */
class BadConfigurationTest {
  private final ConfigLoader loader = new ConfigLoader(Map.of("DB_PASSWORD", "s3cret")::get);

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("prefix-mode: sloppy",
            "bot.yml line 1: 'prefix-mode': expected loose or strict, got 'sloppy'"),
        Arguments.of("prefix-mode: stricter",
            "bot.yml line 1: 'prefix-mode': expected loose or strict, got 'stricter'; did you mean 'strict'?"),
        Arguments.of("locale: fr-FR",
            "bot.yml line 1: 'locale': expected en-US or zh-CN, got 'fr-FR'"),
        Arguments.of("locale: zh-cn",
            "bot.yml line 1: 'locale': expected en-US or zh-CN, got 'zh-cn'; did you mean 'zh-CN'?"),
        Arguments.of("database:\n  pool-size: -3",
            "bot.yml line 2: 'database.pool-size': expected a whole number from 1 to 1000, got -3"),
        Arguments.of("dispatcher:\n  max-concurrency: 0",
            "bot.yml line 2: 'dispatcher.max-concurrency': expected a whole number of at least 1, got 0"),
        Arguments.of("min-similarity: -1",
            "bot.yml line 1: 'min-similarity': expected a number above 0 and at most 1 (0.64 by default; higher suggests fewer commands), got -1"),
        Arguments.of("min-similarity: 64",
            "bot.yml line 1: 'min-similarity': expected a number above 0 and at most 1 (0.64 by default; higher suggests fewer commands), got 64"),
        Arguments.of("locale: en-US\nprefix: [\"!\"]\nlocale: zh-CN",
            "bot.yml line 3: 'locale' is written twice (also on line 1); YAML would silently keep the last one, so delete one of them"),
        Arguments.of("database:\n  url: jdbc:sqlite:a.db\n  pool-size: 2\n  url: jdbc:sqlite:b.db",
            "bot.yml line 4: 'database.url' is written twice (also on line 2); YAML would silently keep the last one, so delete one of them"),
        Arguments.of("dispatcher:\n\tmax-depth: 3",
            "bot.yml line 2: indented with a tab; YAML needs spaces (replace the tab with two spaces)"),
        Arguments.of("prefix: []",
            "bot.yml line 1: 'prefix': an empty list lets no command run; write [\"\"] for no prefix, or the prefixes, e.g. [\"!\"]"),
        Arguments.of("nickname: [mochi, \"\"]",
            "bot.yml line 1: 'nickname[1]': a blank name matches every message; remove it"),
        Arguments.of("database:\n  url: jdbc:mysql://localhost/bot",
            "bot.yml line 2: 'database.url': expected jdbc:sqlite:<file> or jdbc:postgresql://<host>:5432/<database>, got 'jdbc:mysql://localhost/bot'"),
        Arguments.of("dispatcher:\n  plugin-budget: 0s",
            "bot.yml line 2: 'dispatcher.plugin-budget': expected a duration above zero such as 30s, 500ms, 2m, got '0s'"),
        Arguments.of("dispatcher:\n  plugin-budget: soon",
            "bot.yml line 2: 'dispatcher.plugin-budget': expected a duration such as 30s, 500ms, 2m, got 'soon'"),
        Arguments.of("dispatcher:\n  max-depth: 0",
            "bot.yml line 2: 'dispatcher.max-depth': expected a whole number from 1 to 10000, got 0"),
        Arguments.of("message:\n  max-depth: 300",
            "bot.yml line 2: 'message.max-depth': expected a whole number from 1 to 256, got 300"),
        Arguments.of("message:\n  max-length: 0",
            "bot.yml line 2: 'message.max-length': expected a whole number of at least 1, got 0"),
        Arguments.of("console:\n  port: 70000",
            "bot.yml line 2: 'console.port': expected a whole number from 1 to 65535, got 70000"),
        Arguments.of("owners: [alice]",
            "bot.yml line 1: 'owners[0]': expected platform:id, such as discord:123456789012345678 or sandbox:alice, got 'alice'"),
        Arguments.of("owners: sandbox:alice",
            "bot.yml line 1: 'owners': expected a list of platform:id, such as discord:123456789012345678 or sandbox:alice, got \"sandbox:alice\""),
        Arguments.of("prefixes: [\"!\"]",
            "bot.yml line 1: unknown key 'prefixes'; known keys here: console, database, dispatcher, locale, logging, message, min-similarity, nickname, owners, plugins, prefix, prefix-mode"),
        Arguments.of("database:\n  durability: paranoid",
            "bot.yml line 2: 'database.durability': expected one of [crash-safe, power-loss-safe], got 'paranoid'"),
        Arguments.of("dispatcher:\n  max-concurrency: lots",
            "bot.yml line 2: 'dispatcher.max-concurrency': expected a whole number, got 'lots'"),
        Arguments.of("logging:\n  levels:\n    lottery: loud",
            "bot.yml line 3: 'logging.levels.lottery': expected one of trace, debug, info, warn, error, off, got 'loud'"),
        Arguments.of("locale: fr-FR\ndatabase:\n  pool-size: 0",
            "bot.yml line 1: 'locale': expected en-US or zh-CN, got 'fr-FR'\n"
                + "bot.yml line 3: 'database.pool-size': expected a whole number from 1 to 1000, got 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void aBadConfigurationIsRefusedWithTheLineTheKeyAndTheFix(String yaml, String expected) {
    assertThatThrownBy(() -> loader.read(yaml + "\n", "bot.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(expected);
  }

  @Test void aPasswordWrittenInTheFileIsWarnedAbout() {
    var loaded = loader.read("database:\n  url: jdbc:postgresql://db/mochi\n  password: hunter2\n", "bot.yml");
    assertThat(loaded.warnings()).contains("bot.yml line 3: 'database.password' is written in the file; write "
        + "${MOCHI_DB_PASSWORD} and set that environment variable, so the secret stays out of the file");
    var fromEnvironment = loader.read("database:\n  password: ${DB_PASSWORD}\n", "bot.yml");
    assertThat(fromEnvironment.warnings()).noneMatch(w -> w.contains("password"));
  }

  @Test void aConsoleOpenToEveryMachineIsWarnedAbout() {
    assertThat(loader.read("console:\n  host: 0.0.0.0\n", "bot.yml").warnings()).contains("bot.yml line 2: "
        + "'console.host': 0.0.0.0 makes the console reachable from other machines; keep 127.0.0.1 unless that is what you want");
  }

  @Test void aPluginSectionNoPluginReadsIsWarnedAboutWithADidYouMean(@TempDir Path dir) {
    var loaded = loader.read("plugins:\n  dir: " + dir + "\n  lottery:\n    max-items: 3\n  lotery:\n    max-items: 5\n"
        + "  weather:\n", "bot.yml");
    assertThat(loaded.unusedPluginSections(Set.of("lottery", "echo", "sandbox"))).containsExactly(
        "bot.yml line 5: 'plugins.lotery': no loaded plugin is named 'lotery', so this section is not used; did you mean 'lottery'?",
        "bot.yml line 7: 'plugins.weather': no loaded plugin is named 'weather', so this section is not used; loaded plugins: echo, lottery, sandbox");
  }

  @Test void aPluginDirectoryThatIsAFileIsRefusedAndAMissingOneWarnedAbout(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("plugns");
    assertThat(loader.read("plugins:\n  dir: " + missing + "\n", "bot.yml").checkPluginDirectory()).containsExactly(
        "bot.yml line 2: 'plugins.dir': " + missing + " does not exist, so no plugin jar is loaded; create it or correct the path");
    Path file = Files.writeString(dir.resolve("plugins.txt"), "");
    assertThatThrownBy(() -> loader.read("locale: en-US\nplugins:\n  dir: " + file + "\n", "bot.yml").checkPluginDirectory())
        .hasMessage("bot.yml line 3: 'plugins.dir': " + file + " is a file, not a directory; point plugins.dir at "
            + "the directory that holds the plugin jars");
    assertThat(loader.read("plugins:\n  dir: " + dir + "\n", "bot.yml").checkPluginDirectory()).isEmpty();
  }

  @Test void goodConfigurationsPassWithoutAWordIncludingListsOfSectionsAndBlockTexts(@TempDir Path dir) {
    var loaded = loader.read("""
        owners: [sandbox:alice, "discord:123"]
        prefix: ["!", ""]
        plugins:
          dir: %s
          discord:
            intents:
              - GUILD_MESSAGES
              - DIRECT_MESSAGES
            shards: { total: 4, from: 0, to: 1 }
          greeter:
            greeting: |
              Hello:
              greeting: again
        """.formatted(dir), "bot.yml");
    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.config().ownerAccounts()).containsExactly(new Owner("sandbox", "alice"), new Owner("discord", "123"));
    assertThat(loaded.lines().line("plugins.greeter.greeting")).isEqualTo(11);
  }
}
