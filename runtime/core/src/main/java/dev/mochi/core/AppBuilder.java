package dev.mochi.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.api.Fork;
import dev.mochi.api.Plugin;
import dev.mochi.core.config.AppConfig;
import dev.mochi.core.config.ConfigLoader;
import dev.mochi.core.config.DatabaseConfig;
import dev.mochi.core.config.DispatcherConfig;
import dev.mochi.core.config.MessageConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Builds an {@link App}. Whatever {@code bot.yml} sets can be set here: start from a file with
 * {@link #configFile(Path)} or from the embedded defaults, then override.
 *
 * <pre>{@code
 * App app = App.builder().prefix("!", ".").database("jdbc:sqlite:data/bot.db").plugin(new Echo()).build().start();
 * }</pre>
 */
public final class AppBuilder {
  private AppConfig config = AppConfig.defaults();
  private ConfigLoader loader = new ConfigLoader();
  private final List<PluginEntry> plugins = new ArrayList<>();
  private Path file;
  private java.time.Clock clock = java.time.Clock.systemUTC();

  /** A plugin to apply at start, with its configuration (an object, a section, or from the app config). */
  interface PluginEntry {
    Fork apply(App app);
  }

  AppBuilder() {}

  /** Reads a {@code bot.yml}. */
  public AppBuilder configFile(Path file) {
    this.config = loader.load(file);
    this.file = file;
    return this;
  }

  /**
   * The file a plugin's changed configuration is saved to ({@code Plugins.configure}), in place; {@link
   * #configFile(Path)} sets it too. Without one, a changed configuration lasts until the bot stops.
   */
  public AppBuilder saveTo(Path file) {
    this.file = file;
    return this;
  }

  public AppBuilder config(AppConfig config) {
    this.config = config;
    return this;
  }

  /** Changes the configuration with a function of the current one. */
  public AppBuilder configure(UnaryOperator<AppConfig> change) {
    this.config = change.apply(config);
    return this;
  }

  public AppBuilder loader(ConfigLoader loader) {
    this.loader = loader;
    return this;
  }

  public AppBuilder locale(String locale) { return configure(c -> c.withLocale(locale)); }

  public AppBuilder prefix(String... prefixes) { return configure(c -> c.withPrefix(List.of(prefixes))); }

  public AppBuilder prefixMode(String mode) { return configure(c -> c.withPrefixMode(mode)); }

  public AppBuilder nickname(String... names) { return configure(c -> c.withNickname(List.of(names))); }

  public AppBuilder minSimilarity(double value) { return configure(c -> c.withMinSimilarity(value)); }

  /** Platform accounts ({@code platform:id}) that get authority 5 at start ({@code owners} in {@code bot.yml}). */
  public AppBuilder owners(String... accounts) { return configure(c -> c.withOwners(List.of(accounts))); }

  public AppBuilder database(String jdbcUrl) { return configure(c -> c.withDatabase(DatabaseConfig.of(jdbcUrl))); }

  public AppBuilder database(DatabaseConfig database) { return configure(c -> c.withDatabase(database)); }

  public AppBuilder dispatcher(DispatcherConfig dispatcher) { return configure(c -> c.withDispatcher(dispatcher)); }

  /** Limits on one incoming message ({@code message} in {@code bot.yml}). */
  public AppBuilder message(MessageConfig limits) { return configure(c -> c.withMessage(limits)); }

  /** The per-plugin time budget: how long one session may hold its user's queue. */
  public AppBuilder pluginBudget(Duration budget) {
    return configure(c -> c.withDispatcher(c.dispatcher().withPluginBudget(budget)));
  }

  public AppBuilder maxConcurrency(int limit) {
    return configure(c -> c.withDispatcher(c.dispatcher().withMaxConcurrency(limit)));
  }

  public AppBuilder promptTimeout(Duration timeout) {
    return configure(c -> c.withDispatcher(c.dispatcher().withPromptTimeout(timeout)));
  }

  /**
   * The intake bounds: messages accepted and not finished across all users ({@code dispatcher.max-pending}), and
   * messages of one user waiting behind the one running ({@code dispatcher.max-pending-per-user}); beyond them a
   * message is refused.
   */
  public AppBuilder intakeBounds(int maxPending, int maxPendingPerUser) {
    return configure(c -> c.withDispatcher(c.dispatcher().withMaxPending(maxPending).withMaxPendingPerUser(maxPendingPerUser)));
  }

  /** How long a stopping bot goes on with the messages it accepted ({@code dispatcher.shutdown-grace}). */
  public AppBuilder shutdownGrace(Duration grace) {
    return configure(c -> c.withDispatcher(c.dispatcher().withShutdownGrace(grace)));
  }

  /** Applies {@code plugin} at start with its section of the configuration. */
  public AppBuilder plugin(Plugin<?> plugin) {
    plugins.add(app -> app.plugin(plugin));
    return this;
  }

  /** Applies {@code plugin} at start with {@code config}. */
  public <C> AppBuilder plugin(Plugin<C> plugin, C config) {
    plugins.add(app -> app.plugin(plugin, config));
    return this;
  }

  /** Applies {@code plugin} at start with a configuration section. */
  public AppBuilder plugin(Plugin<?> plugin, ObjectNode section) {
    plugins.add(app -> app.plugin(plugin, section));
    return this;
  }

  AppConfig config() { return config; }

  ConfigLoader loader() { return loader; }

  java.util.Optional<Path> file() { return java.util.Optional.ofNullable(file); }

  List<PluginEntry> plugins() { return plugins; }

  /** The wall clock cron schedules read ({@code ctx.cron}); the system clock unless a test sets one. */
  public AppBuilder clock(java.time.Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
    return this;
  }

  java.time.Clock clock() { return clock; }

  public App build() { return new App(this); }
}
