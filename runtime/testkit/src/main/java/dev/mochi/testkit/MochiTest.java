package dev.mochi.testkit;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mochi.api.MochiException;
import dev.mochi.api.Plugin;
import dev.mochi.core.App;
import dev.mochi.core.AppBuilder;
import dev.mochi.core.config.ConfigException;
import dev.mochi.core.config.ConfigLoader;
import dev.mochi.core.config.PluginsConfig;
import dev.mochi.core.plugin.PluginHost;
import dev.mochi.core.plugin.PluginInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JUnit 5 extension for testing plugins: before each test it starts a fresh bot on a real SQLite file in a
 * temporary directory with the given plugins and a mock platform; after the test it closes the bot, and prints
 * the test's log lines only when the test failed.
 *
 * <pre>{@code
 * @RegisterExtension static final MochiTest mochi = MochiTest.withPlugin(new Lottery(), new Lottery.Config(3));
 *
 * @Test void lotteryGivesAnItem() {
 *   mochi.client("alice").send("lottery").shouldReply(r -> assertThat(r).startsWith("You got"));
 * }
 * }</pre>
 */
public final class MochiTest implements BeforeEachCallback, AfterEachCallback {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final List<Consumer<AppBuilder>> setup = new ArrayList<>();
  private Duration timeout = Duration.ofSeconds(30);
  private App app;
  private MockBot bot;
  private Path dir;
  private int logMark;

  private MochiTest() {}

  /** A bot with no plugins yet. */
  public static MochiTest create() { return new MochiTest(); }

  /** A bot with one plugin and its configuration. */
  public static <C> MochiTest withPlugin(Plugin<C> plugin, C config) { return create().plugin(plugin, config); }

  /** A bot with one plugin that takes no configuration. */
  public static MochiTest withPlugin(Plugin<Void> plugin) { return create().plugin(plugin, null); }

  /** Adds a plugin applied at start. */
  public <C> MochiTest plugin(Plugin<C> plugin, C config) {
    setup.add(b -> b.plugin(plugin, config));
    return this;
  }

  /** Changes the app's configuration, as {@code bot.yml} would ({@code b -> b.prefix("!")}). */
  public MochiTest configure(Consumer<AppBuilder> change) {
    setup.add(change);
    return this;
  }

  /**
   * Sets plugin {@code name}'s configuration section, as {@code plugins.<name>} in {@code bot.yml} would, from YAML
   * text ({@code "max-items: 3"}).
   */
  public MochiTest pluginConfig(String name, String yaml) {
    ObjectNode section = section("pluginConfig('" + name + "')", yaml);
    setup.add(b -> b.configure(c -> c.withPlugins(c.plugins().with(name, section))));
    return this;
  }

  /**
   * The plugin's config record bound from {@code yaml} as its section of {@code bot.yml} would be (kebab-case keys,
   * {@code @Default}s, the record's own checks), without starting a bot. A section the bot would refuse fails the
   * test with the text the owner would read.
   *
   * <pre>{@code assertThat(MochiTest.config(new Todo(), "max-items: 5").maxItems()).isEqualTo(5);}</pre>
   */
  public static <C> C config(Plugin<C> plugin, String yaml) {
    try {
      return bind(plugin, yaml);
    } catch (ConfigException e) {
      throw new AssertionError("plugins." + plugin.name() + " was refused: " + e.getMessage(), e);
    }
  }

  /**
   * The text the owner reads when {@code yaml}, as the plugin's section of {@code bot.yml}, is refused (what
   * {@code plugin list} shows after "failed: "); fails the test when the section is accepted. A test of an invalid
   * configuration in one line:
   *
   * <pre>{@code
   * assertThat(MochiTest.configError(new Todo(), "max-items: 0")).isEqualTo("plugins.todo: max-items must be at least 1");
   * }</pre>
   */
  public static String configError(Plugin<?> plugin, String yaml) {
    Object bound;
    try {
      bound = bind(plugin, yaml);
    } catch (ConfigException e) {
      return e.getMessage();
    }
    throw new AssertionError("plugins." + plugin.name() + " was accepted, binding to " + bound);
  }

  private static <C> C bind(Plugin<C> plugin, String yaml) {
    if (plugin.configType() == Void.class) throw new IllegalArgumentException(plugin.name() + " takes no configuration");
    return new ConfigLoader().bind(section("plugins." + plugin.name(), yaml), plugin.configType(), plugin.name());
  }

  private static ObjectNode section(String what, String yaml) {
    try {
      return yaml.isBlank() ? JsonNodeFactory.instance.objectNode() : (ObjectNode) YAML.readTree(yaml);
    } catch (IOException | ClassCastException e) {
      throw new MochiException(what + ": not a YAML section: " + e.getMessage(), e);
    }
  }

  /**
   * How long {@code shouldReply} and friends wait at most (30 s by default). A reply that comes is read at once, so
   * a long timeout costs a passing test nothing; it only keeps a busy machine from failing a correct plugin.
   */
  public MochiTest timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  @Override public void beforeEach(ExtensionContext context) throws IOException {
    logMark = CapturedLogs.mark();
    dir = Files.createTempDirectory("mochi-test");
    start();
  }

  private void start() {
    AppBuilder builder = App.builder().database("jdbc:sqlite:" + dir.resolve("mochi.db"))
        .configure(c -> c.withPlugins(new PluginsConfig(dir.resolve("plugins").toString(), c.plugins().sections())));
    setup.forEach(s -> s.accept(builder));
    app = builder.build();
    bot = new MockBot();
    app.root().bot(bot);
    app.start();
  }

  @Override public void afterEach(ExtensionContext context) {
    try {
      if (app != null) app.close(Duration.ofSeconds(10));
    } finally {
      app = null;
      if (context.getExecutionException().isPresent()) printLogs(context);
      deleteQuietly(dir);
    }
  }

  private void printLogs(ExtensionContext context) {
    List<ILoggingEvent> events = CapturedLogs.since(logMark);
    System.err.println("---- log of " + context.getDisplayName() + " (" + events.size() + " lines) ----");
    for (ILoggingEvent e : events) System.err.println(CapturedLogs.format(e));
    System.err.println("---- end of log ----");
  }

  private static void deleteQuietly(Path root) {
    if (root == null) return;
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete the test directory " + root, e);
    }
  }

  /**
   * Closes the bot and starts a new one on the same SQLite file and plugin directory, as an operator restarts it:
   * what the plugins stored is read back, plugin jars installed before load again with {@link #plugins()}, and the
   * plugins given to this extension apply again. Clients made before the restart belong to the old bot: make new ones.
   */
  public void restart() {
    App old = app();
    app = null;
    old.close(Duration.ofSeconds(10));
    start();
  }

  /** The running app of the current test. */
  public App app() {
    if (app == null) throw new IllegalStateException("MochiTest is not running: register it with @RegisterExtension");
    return app;
  }

  /** A user in a private chat with the bot. */
  public MockClient client(String userId) { return attach(new MockClient(app(), bot, userId, null, timeout)); }

  /** A user in a guild channel ({@code channelId} is also the guild id). */
  public MockClient client(String userId, String channelId) {
    return attach(new MockClient(app(), bot, userId, channelId, timeout));
  }

  private MockClient attach(MockClient client) {
    bot.attach(client);
    return client;
  }

  /**
   * The user behind a mock platform id, as a typed view over the shared observed state (what the bot sees):
   * {@code mochi.user("alice", Wallet.class).coins()}. Created on first use, like a first message would.
   */
  public <T extends dev.mochi.api.data.UserData> T user(String userId, Class<T> view) {
    return app().data().user(MockBot.PLATFORM, userId, view);
  }

  /** The user behind a mock platform id with its built-in fields ({@code mochi.user("alice").authority()}). */
  public dev.mochi.api.data.UserData user(String userId) {
    return user(userId, dev.mochi.api.data.UserData.class);
  }

  /** The platform name of the mock bot. */
  public String platform() { return MockBot.PLATFORM; }

  /** The mock bot's self id (mention it as {@code <at id="mochi"/>}). */
  public String selfId() { return MockBot.SELF_ID; }

  /** The log lines of the current test. */
  public Logs logs() { return new Logs(logMark); }

  /**
   * Builds {@code jar} and installs it into the running bot through the same PF4J path the launcher uses (the
   * plugin host is started first, with its {@code plugin} command). Returns what the host says about it: check
   * {@code state()} and {@code error()} when a test expects a failure.
   */
  public PluginInfo pluginJar(PluginJar jar) {
    PluginHost host = plugins();
    return host.install(jar.build(dir.resolve("jars")));
  }

  /** Builds {@code jar} straight into the running bot's plugin directory without loading it, as an operator drops one. */
  public Path dropJar(PluginJar jar) { return jar.build(app().plugins().directory()); }

  /** The bot's plugin host, started (plugin command registered, plugin directory loaded). */
  public PluginHost plugins() {
    PluginHost host = app().plugins();
    host.start();
    return host;
  }

  /** The temporary directory of the current test (the database file is in it). */
  public Path directory() { return dir; }
}
