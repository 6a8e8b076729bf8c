package dev.mochi.core.config;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@code bot.yml} can set (keys are kebab-case there). Every section has embedded defaults, so an
 * empty file is a valid configuration; code sets the same values through {@link dev.mochi.core.App#builder()}.
 *
 * @param locale default locale of replies
 * @param prefix command prefixes, tried longest first; {@code [""]} needs none
 * @param prefixMode {@code loose}: private chats need no prefix; {@code strict}: they do
 * @param nickname names that address the bot ({@code mochi, help})
 * @param minSimilarity the similarity (0–1) above which a typo gets a suggestion
 * @param message limits on one incoming message
 * @param owners platform accounts ({@code platform:id}) that get authority 5 at every start
 * @param logging the in-memory ring of recent records and the log file's directory
 */
public record AppConfig(
    String locale,
    List<String> prefix,
    String prefixMode,
    List<String> nickname,
    double minSimilarity,
    DatabaseConfig database,
    DispatcherConfig dispatcher,
    MessageConfig message,
    ConsoleConfig console,
    PluginsConfig plugins,
    List<String> owners,
    LoggingConfig logging) {

  public AppConfig {
    locale = Objects.requireNonNullElse(locale, "en-US");
    prefix = prefix == null ? List.of("") : List.copyOf(prefix);
    prefixMode = Objects.requireNonNullElse(prefixMode, "loose");
    nickname = nickname == null ? List.of() : List.copyOf(nickname);
    if (minSimilarity == 0) minSimilarity = 0.64;
    database = Objects.requireNonNullElse(database, DatabaseConfig.DEFAULT);
    dispatcher = Objects.requireNonNullElse(dispatcher, DispatcherConfig.DEFAULT);
    message = Objects.requireNonNullElse(message, MessageConfig.DEFAULT);
    console = Objects.requireNonNullElse(console, ConsoleConfig.DEFAULT);
    plugins = Objects.requireNonNullElse(plugins, new PluginsConfig("plugins", JsonNodeFactory.instance.objectNode()));
    owners = owners == null ? List.of() : List.copyOf(owners);
    for (String owner : owners) Owner.parse(owner);
    logging = Objects.requireNonNullElse(logging, LoggingConfig.DEFAULT);
  }

  /** Without logging settings (the shape before {@code logging} existed). */
  public AppConfig(String locale, List<String> prefix, String prefixMode, List<String> nickname, double minSimilarity,
                   DatabaseConfig database, DispatcherConfig dispatcher, MessageConfig message, ConsoleConfig console,
                   PluginsConfig plugins, List<String> owners) {
    this(locale, prefix, prefixMode, nickname, minSimilarity, database, dispatcher, message, console, plugins, owners, null);
  }

  /** Without owners (the shape before {@code owners} existed). */
  public AppConfig(String locale, List<String> prefix, String prefixMode, List<String> nickname, double minSimilarity,
                   DatabaseConfig database, DispatcherConfig dispatcher, MessageConfig message, ConsoleConfig console,
                   PluginsConfig plugins) {
    this(locale, prefix, prefixMode, nickname, minSimilarity, database, dispatcher, message, console, plugins, null);
  }

  /** The embedded defaults. */
  public static AppConfig defaults() {
    return new AppConfig(null, null, null, null, 0, null, null, null, null, null, null, null);
  }

  public AppConfig withLocale(String v) { return new AppConfig(v, prefix, prefixMode, nickname, minSimilarity, database, dispatcher, message, console, plugins, owners, logging); }

  public AppConfig withPrefix(List<String> v) { return new AppConfig(locale, v, prefixMode, nickname, minSimilarity, database, dispatcher, message, console, plugins, owners, logging); }

  public AppConfig withPrefixMode(String v) { return new AppConfig(locale, prefix, v, nickname, minSimilarity, database, dispatcher, message, console, plugins, owners, logging); }

  public AppConfig withNickname(List<String> v) { return new AppConfig(locale, prefix, prefixMode, v, minSimilarity, database, dispatcher, message, console, plugins, owners, logging); }

  public AppConfig withMinSimilarity(double v) { return new AppConfig(locale, prefix, prefixMode, nickname, v, database, dispatcher, message, console, plugins, owners, logging); }

  public AppConfig withDatabase(DatabaseConfig v) { return new AppConfig(locale, prefix, prefixMode, nickname, minSimilarity, v, dispatcher, message, console, plugins, owners, logging); }

  public AppConfig withDispatcher(DispatcherConfig v) { return new AppConfig(locale, prefix, prefixMode, nickname, minSimilarity, database, v, message, console, plugins, owners, logging); }

  public AppConfig withMessage(MessageConfig v) { return new AppConfig(locale, prefix, prefixMode, nickname, minSimilarity, database, dispatcher, v, console, plugins, owners, logging); }

  public AppConfig withConsole(ConsoleConfig v) { return new AppConfig(locale, prefix, prefixMode, nickname, minSimilarity, database, dispatcher, message, v, plugins, owners, logging); }

  public AppConfig withPlugins(PluginsConfig v) { return new AppConfig(locale, prefix, prefixMode, nickname, minSimilarity, database, dispatcher, message, console, v, owners, logging); }

  public AppConfig withOwners(List<String> v) { return new AppConfig(locale, prefix, prefixMode, nickname, minSimilarity, database, dispatcher, message, console, plugins, v, logging); }

  public AppConfig withLogging(LoggingConfig v) { return new AppConfig(locale, prefix, prefixMode, nickname, minSimilarity, database, dispatcher, message, console, plugins, owners, v); }

  /** The owners as accounts. */
  public List<Owner> ownerAccounts() { return owners.stream().map(Owner::parse).toList(); }

  /** The configuration section of one plugin (an empty object when absent). */
  public ObjectNode pluginSection(String name) {
    return plugins.section(name);
  }
}
