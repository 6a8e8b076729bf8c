package dev.mochi.testkit.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.Context;
import dev.mochi.api.Events;
import dev.mochi.api.PluginException;
import dev.mochi.api.adapter.BotHandle;
import dev.mochi.api.adapter.Inbound;
import dev.mochi.api.plugin.InvalidConfigException;
import dev.mochi.api.plugin.PluginConfig;
import dev.mochi.api.plugin.PluginInfo;
import dev.mochi.api.plugin.PluginState;
import dev.mochi.api.plugin.PluginStateChange;
import dev.mochi.api.plugin.Plugins;
import dev.mochi.core.App;
import dev.mochi.testkit.PluginJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Plugins service on a bot started from a real {@code bot.yml}, with a real plugin jar: configure (valid, invalid,
 * across a restart, comments kept), reload and its event, and the plugins applied from code.
 */
class PluginsServiceTest {
  @TempDir Path dir;
  private final List<App> apps = new ArrayList<>();

  /** A jar plugin "greeter": {@code greet} answers its greeting {@code times} times. */
  private static PluginJar greeter() {
    return PluginJar.id("greeter").version("1.0.0").description("Says hello").source("fixture.greeter.Greeter", """
        package fixture.greeter;

        import dev.mochi.api.Context;
        import dev.mochi.api.Plugin;
        import org.pf4j.Extension;

        @Extension
        public final class Greeter implements Plugin<Greeter.Config> {
          public record Config(String greeting, int times) {
            public Config {
              if (greeting == null) greeting = "hello";
              if (times == 0) times = 1;
            }
          }

          @Override public String name() { return "greeter"; }

          @Override public void apply(Context ctx, Config config) {
            if (config.times() < 0) throw new IllegalArgumentException("times must not be negative");
            ctx.command("greet").action((argv, session) -> String.join(" ", java.util.Collections.nCopies(config.times(), config.greeting())));
          }
        }
        """);
  }

  private static final String BOT_YML = """
      # The owner's notes about this bot.
      locale: en-US   # keep English

      database:
        url: jdbc:sqlite:%s

      plugins:
        dir: %s
        # the greeter: says hello
        greeter:
          greeting: hello   # what it says
          # how many times
          times: 1

        # another plugin's section, untouched
        other:
          keep: ${MOCHI_TEST_UNSET_VARIABLE:-fallback}
      # the end
      """;

  private Path botYml() throws IOException {
    Path file = dir.resolve("bot.yml");
    if (!Files.exists(file)) {
      Files.writeString(file, BOT_YML.formatted(dir.resolve("mochi.db").toString().replace('\\', '/'),
          dir.resolve("plugins").toString().replace('\\', '/')));
      greeter().build(dir.resolve("plugins"));
    }
    return file;
  }

  private App start() throws IOException {
    App app = App.builder().configFile(botYml()).build();
    apps.add(app);
    app.plugins().start();
    app.start();
    return app;
  }

  @AfterEach void closeApps() {
    apps.forEach(a -> a.close(Duration.ofSeconds(10)));
  }

  private static String say(App app, String text) {
    LoopBot bot = new LoopBot("b" + System.nanoTime());
    BotHandle handle = app.root().bot(bot);
    handle.dispatch(Inbound.direct("owner", "m1", text)).toCompletableFuture().join();
    handle.dispose();
    return String.join("\n", bot.out());
  }

  private static Plugins plugins(App app) { return app.root().get(Plugins.class).orElseThrow(); }

  @Test void aValidConfigurationTakesEffectAndSurvivesARestartWithTheFilesCommentsIntact() throws IOException {
    App app = start();
    assertThat(say(app, "greet")).isEqualTo("private:owner: hello");
    PluginConfig config = plugins(app).config("greeter");
    assertThat(config.value()).isEqualTo(Map.of("greeting", "hello", "times", 1));
    assertThat(config.schema()).extractingByKey("properties").asString().contains("greeting", "times");

    Map<String, Object> value = new LinkedHashMap<>(Map.of("greeting", "bonjour", "times", 2));
    PluginInfo info = plugins(app).configure("greeter", value);

    assertThat(info.state()).isEqualTo(PluginState.ACTIVE);
    assertThat(say(app, "greet")).isEqualTo("private:owner: bonjour bonjour");
    assertThat(plugins(app).config("greeter").value()).isEqualTo(value);
    String saved = Files.readString(dir.resolve("bot.yml"));
    assertThat(saved).contains("# The owner's notes about this bot.", "locale: en-US   # keep English",
        "  # the greeter: says hello", "    greeting: bonjour   # what it says", "    # how many times", "    times: 2",
        "  # another plugin's section, untouched", "    keep: ${MOCHI_TEST_UNSET_VARIABLE:-fallback}", "# the end");
    assertThat(saved.lines().count()).isEqualTo(BOT_YML.lines().count());
    // A reload re-reads bot.yml, which now holds the new section.
    plugins(app).reload("greeter");
    assertThat(say(app, "greet")).isEqualTo("private:owner: bonjour bonjour");

    app.close(Duration.ofSeconds(10));
    App again = start();
    assertThat(say(again, "greet")).isEqualTo("private:owner: bonjour bonjour");
    assertThat(plugins(again).config("greeter").value()).isEqualTo(value);
  }

  @Test void anInvalidConfigurationIsRefusedWithTheFieldAndTheOldOneKeepsRunning() throws IOException {
    App app = start();
    String before = Files.readString(botYml());

    assertThatThrownBy(() -> plugins(app).configure("greeter", Map.of("greeting", "hi", "times", "often")))
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.key()).isEqualTo("times"))
        .hasMessageContaining("'times': expected a whole number, got 'often'");
    assertThatThrownBy(() -> plugins(app).configure("greeter", Map.of("colour", "red")))
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.key()).isEqualTo("colour"))
        .hasMessageContaining("unknown key 'colour'");
    // Fits the record, but the plugin refuses to apply with it: refused too, and the old configuration runs again.
    assertThatThrownBy(() -> plugins(app).configure("greeter", Map.of("times", -1)))
        .isInstanceOf(InvalidConfigException.class).hasMessageContaining("times must not be negative");

    assertThat(say(app, "greet")).isEqualTo("private:owner: hello");
    assertThat(plugins(app).find("greeter").orElseThrow().state()).isEqualTo(PluginState.ACTIVE);
    assertThat(Files.readString(botYml())).isEqualTo(before);
    assertThatThrownBy(() -> plugins(app).configure("nobody", Map.of())).isInstanceOf(PluginException.class)
        .hasMessageContaining("Plugin 'nobody'").hasMessageContaining("greeter");
  }

  @Test void reloadingEmitsTheStateEventAndDisableEnableAreSeen() throws IOException {
    App app = start();
    List<String> heard = new CopyOnWriteArrayList<>();
    app.plugin(new dev.mochi.api.Plugin<Void>() {
      @Override public String name() { return "listener"; }

      @Override public void apply(Context ctx, Void config) {
        ctx.on(Events.PLUGIN_STATE, (PluginStateChange c) -> {
          if (c.plugin().id().equals("greeter")) heard.add(c.plugin().id() + " "
            + c.previous().map(Enum::name).orElse("new") + "->" + c.plugin().state() + (c.removed() ? " removed" : ""));
        });
      }
    }, (Void) null);

    PluginInfo reloaded = plugins(app).reload("greeter");
    plugins(app).disable("greeter");
    assertThat(say(app, "greet")).isEmpty();
    plugins(app).enable("greeter");
    assertThat(say(app, "greet")).isEqualTo("private:owner: hello");

    assertThat(reloaded.version()).isEqualTo("1.0.0");
    assertThat(reloaded.description()).isEqualTo("Says hello");
    assertThat(reloaded.source()).isPresent();
    assertThat(heard).containsExactly("greeter ACTIVE->ACTIVE", "greeter ACTIVE->DISABLED", "greeter DISABLED->ACTIVE");
  }

  @Test void pluginsFromCodeAreListedReloadedAndConfiguredInMemoryWithoutAFile() {
    App app = App.builder().database("jdbc:sqlite:" + dir.resolve("code.db")).build();
    apps.add(app);
    List<String> applied = new CopyOnWriteArrayList<>();
    List<String> changes = new CopyOnWriteArrayList<>();
    app.root().on(Events.PLUGIN_STATE, (PluginStateChange c) -> changes.add(c.plugin().id() + " "
        + c.previous().map(Enum::name).orElse("new") + "->" + c.plugin().state() + (c.removed() ? " removed" : "")));
    record Config(String word) {}
    var fork = app.plugin(new dev.mochi.api.Plugin<Config>() {
      @Override public String name() { return "word"; }

      @Override public Class<Config> configType() { return Config.class; }

      @Override public void apply(Context ctx, Config config) {
        applied.add(config.word());
        ctx.command("word").action((argv, s) -> config.word());
      }
    }, new Config("first"));
    app.start();

    assertThat(plugins(app).list()).extracting(PluginInfo::id).contains("word");
    assertThat(plugins(app).config("word").value()).isEqualTo(Map.of("word", "first"));
    plugins(app).reload("word");
    plugins(app).configure("word", Map.of("word", "second"));
    assertThat(say(app, "word")).isEqualTo("private:owner: second");
    assertThat(applied).containsExactly("first", "first", "second");
    assertThatThrownBy(() -> plugins(app).uninstall("word")).isInstanceOf(PluginException.class)
        .hasMessageContaining("applied from code");

    fork.dispose();
    assertThat(plugins(app).find("word")).isEmpty();
    assertThat(say(app, "word")).isEmpty();
    assertThat(changes).containsExactly("word new->ACTIVE", "word ACTIVE->ACTIVE", "word ACTIVE->ACTIVE",
        "word ACTIVE->ACTIVE removed");
  }
}
