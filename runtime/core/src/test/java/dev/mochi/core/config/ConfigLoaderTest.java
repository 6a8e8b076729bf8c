package dev.mochi.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {
  private final ConfigLoader loader = new ConfigLoader(Map.of("BOT_DB", "jdbc:sqlite:bots/x.db", "EMPTY", "")::get);

  @Test void anEmptyFileGivesTheEmbeddedDefaults() {
    AppConfig c = loader.parse("", "bot.yml");
    assertThat(c.locale()).isEqualTo("en-US");
    assertThat(c.prefix()).containsExactly("");
    assertThat(c.database().url()).isEqualTo("jdbc:sqlite:data/mochi.db");
    assertThat(c.console().host()).isEqualTo("127.0.0.1");
    assertThat(c.console().port()).isEqualTo(5140);
    assertThat(c.dispatcher().maxDepth()).isEqualTo(64);
  }

  @Test void kebabCaseKeysBindAndDurationsReadLikeHumansWriteThem() {
    AppConfig c = loader.parse("""
        locale: zh-CN
        prefix: ["!", "."]
        prefix-mode: strict
        min-similarity: 0.5
        dispatcher:
          max-concurrency: 8
          plugin-budget: 1500ms
          prompt-timeout: 2m
        plugins:
          dir: my-plugins
          lottery:
            max-items: 3
          help:
        """, "bot.yml");
    assertThat(c.locale()).isEqualTo("zh-CN");
    assertThat(c.prefix()).containsExactly("!", ".");
    assertThat(c.prefixMode()).isEqualTo("strict");
    assertThat(c.minSimilarity()).isEqualTo(0.5);
    assertThat(c.dispatcher().maxConcurrency()).isEqualTo(8);
    assertThat(c.dispatcher().pluginBudget()).isEqualTo(Duration.ofMillis(1500));
    assertThat(c.dispatcher().promptTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(c.plugins().dir()).isEqualTo("my-plugins");
    assertThat(c.pluginSection("lottery").get("max-items").asInt()).isEqualTo(3);
    assertThat(c.pluginSection("help").isEmpty()).isTrue();
    assertThat(c.pluginSection("absent").isEmpty()).isTrue();
  }

  @Test void environmentVariablesAreSubstitutedAndFallbacksApply() {
    AppConfig c = loader.parse("""
        database:
          url: ${BOT_DB}
          password: ${DB_PASSWORD:-secret} # not set here
        """, "bot.yml");
    assertThat(c.database().url()).isEqualTo("jdbc:sqlite:bots/x.db");
    assertThat(c.database().password()).isEqualTo("secret");
  }

  @Test void anUnsetVariableIsAnErrorNamingItAndItsLine() {
    assertThatThrownBy(() -> loader.parse("locale: en-US\ndatabase:\n  password: ${NOPE}\n", "bot.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("line 3").hasMessageContaining("NOPE");
  }

  @Test void aCommentedOutVariableIsNotRequired() {
    assertThat(loader.parse("locale: en-US # ${NOPE}\n", "bot.yml").locale()).isEqualTo("en-US");
  }

  @Test void aValueOfTheWrongTypeNamesTheKeyTheLineAndWhatWasExpected() {
    assertThatThrownBy(() -> loader.parse("locale: en-US\ndispatcher:\n  max-concurrency: lots\n", "bot.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("dispatcher.max-concurrency")
        .hasMessageContaining("a whole number")
        .hasMessageContaining("lots");
  }

  @Test void anUnknownKeyIsNamedWithTheKeysThatExist() {
    assertThatThrownBy(() -> loader.parse("locale: en-US\nprefx: ['!']\n", "bot.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("line 2").hasMessageContaining("prefx").hasMessageContaining("prefix");
  }

  @Test void durabilityIsCrashSafeUnlessTheFileAsksForPowerLossSafe() {
    assertThat(loader.parse("", "bot.yml").database().durability()).isEqualTo(Durability.CRASH_SAFE);
    assertThat(loader.parse("database:\n  durability: power-loss-safe\n", "bot.yml").database().durability())
        .isEqualTo(Durability.POWER_LOSS_SAFE);
  }

  @Test void anUnknownDurabilityNamesTheKeyAndTheLevels() {
    assertThatThrownBy(() -> loader.parse("database:\n  durability: paranoid\n", "bot.yml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("line 2").hasMessageContaining("database.durability")
        .hasMessageContaining("crash-safe").hasMessageContaining("power-loss-safe").hasMessageContaining("paranoid");
  }

  @Test void aBadDurationSaysHowToWriteOne() {
    assertThatThrownBy(() -> loader.parse("dispatcher:\n  plugin-budget: soon\n", "bot.yml"))
        .hasMessageContaining("dispatcher.plugin-budget").hasMessageContaining("30s");
  }

  @Test void anOutOfRangePortIsRefused() {
    assertThatThrownBy(() -> loader.parse("console:\n  port: 70000\n", "bot.yml"))
        .hasMessageContaining("console.port").hasMessageContaining("65535");
  }

  record LotteryConfig(int maxItems, List<String> pool) {}

  @Test void aPluginSectionBindsToItsRecordAndErrorsNameThePluginAndKey() {
    AppConfig c = loader.parse("plugins:\n  lottery:\n    max-items: 3\n    pool: [sword]\n", "bot.yml");
    assertThat(loader.bind(c.pluginSection("lottery"), LotteryConfig.class, "lottery"))
        .isEqualTo(new LotteryConfig(3, List.of("sword")));
    AppConfig bad = loader.parse("plugins:\n  lottery:\n    max-items: many\n", "bot.yml");
    assertThatThrownBy(() -> loader.bind(bad.pluginSection("lottery"), LotteryConfig.class, "lottery"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("plugins.lottery").hasMessageContaining("max-items");
  }

  @Test void theRepositoryBotYmlIsValid() throws Exception {
    Path file = Path.of("../../bot.yml");
    assertThat(file).as("bot.yml at the repository root").exists();
    AppConfig c = new ConfigLoader(name -> null).load(file);
    assertThat(c.console().port()).isEqualTo(5140);
  }
}
