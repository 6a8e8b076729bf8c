package dev.mochi.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.api.MochiException;
import dev.mochi.api.Plugin;
import dev.mochi.core.config.AppConfig;
import dev.mochi.core.config.ConfigException;
import dev.mochi.core.config.ConfigLoader;
import dev.mochi.core.plugin.PluginHost;
import dev.mochi.core.plugin.PluginInfo;
import dev.mochi.core.plugin.PluginState;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The bot's {@code main}: {@code Launcher [--config FILE] [chat [--user ID] [--channel ID]]}. Loads the
 * configuration, applies the plugins found on the class path (and, once installed, in the plugin directory),
 * prints one ready line and runs until SIGINT/SIGTERM, when it shuts down cleanly.
 */
public final class Launcher {
  /** Not a constant: Logback starts with the first logger, and it must not start before {@code logging.dir} is known. */
  private static org.slf4j.Logger log() { return org.slf4j.LoggerFactory.getLogger("mochi"); }

  private Launcher() {}

  /** Parsed command line. */
  record Options(Path config, boolean chat, String user, String channel) {
    static Options parse(String[] args) {
      Path config = Path.of("bot.yml");
      boolean chat = false;
      String user = null;
      String channel = null;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--config" -> config = Path.of(value(args, ++i, a));
          case "chat" -> chat = true;
          case "--user" -> user = value(args, ++i, a);
          case "--channel" -> channel = value(args, ++i, a);
          case "-h", "--help" -> throw new Usage("");
          default -> throw new Usage("Unknown argument '" + a + "'.");
        }
      }
      if (!chat && (user != null || channel != null)) throw new Usage("--user and --channel go with 'chat'.");
      return new Options(config, chat, user, channel);
    }

    private static String value(String[] args, int i, String flag) {
      if (i >= args.length) throw new Usage(flag + " needs a value.");
      return args[i];
    }
  }

  /** A usage error: printed with the usage text, exit code 2. */
  static final class Usage extends MochiException {
    Usage(String message) { super(message); }
  }

  static final String USAGE = """
      usage: mochi [--config FILE]                      start the bot (default config: bot.yml)
             mochi [--config FILE] chat [--user ID] [--channel ID]
                                                        chat with the bot from this terminal, one message per line""";

  public static void main(String[] args) {
    long startNanos = System.nanoTime();
    Options options;
    try {
      options = Options.parse(args);
    } catch (Usage u) {
      if (!u.getMessage().isEmpty()) System.err.println(u.getMessage());
      System.err.println(USAGE);
      System.exit(u.getMessage().isEmpty() ? 0 : 2);
      return;
    }
    PrintStream status = options.chat() ? System.err : System.out;
    App app;
    try {
      app = start(options, startNanos, status);
    } catch (MochiException e) {
      System.err.println("mochi: " + e.getMessage());
      System.exit(1);
      return;
    }
    // Every other thread may be a daemon: run until SIGINT/SIGTERM or a plugin (the chat sandbox) exits;
    // the shutdown hook closes the app.
    try {
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static App start(Options options, long startNanos, PrintStream status) {
    ConfigLoader loader = new ConfigLoader();
    ConfigLoader.Loaded loaded = Files.exists(options.config()) || !options.config().equals(Path.of("bot.yml"))
        ? loader.read(options.config())
        : loader.read("", "bot.yml");
    loaded.config().logging().directory().ifPresent(dir -> {
      if (System.getProperty("mochi.log.dir") == null) System.setProperty("mochi.log.dir", dir.toString());
    });
    loaded.warnings().forEach(w -> log().warn("{}", w));
    loaded.checkPluginDirectory().forEach(w -> log().warn("{}", w));
    AppConfig config = loaded.config();
    if (options.chat()) {
      ObjectNode sandbox = config.pluginSection("sandbox");
      sandbox.put("terminal", true);
      if (options.user() != null) sandbox.put("user", options.user());
      if (options.channel() != null) sandbox.put("channel", options.channel());
      config = config.withPlugins(config.plugins().with("sandbox", sandbox));
    }
    App app;
    try {
      app = App.builder().loader(loader).config(config)
          .saveTo(Files.exists(options.config()) ? options.config() : null).build();
    } catch (ConfigException e) {
      throw located(e, loaded);
    }
    List<Plugin<?>> plugins = classpathPlugins();
    // Before start: a plugin may end the process as soon as the app is ready (the sandbox at end of input).
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(app), "mochi-shutdown"));
    int jars;
    long failed;
    try {
      jars = loadPluginJars(app);
      failed = app.plugins().list().stream().filter(p -> p.state() == PluginState.FAILED).count();
      // A plugin both on the class path and in a jar (a development class path) is applied once, from its jar.
      Set<String> fromJars = app.plugins().list().stream().filter(PluginInfo::active).flatMap(p -> p.plugins().stream()).collect(Collectors.toSet());
      plugins = plugins.stream().filter(p -> !fromJars.contains(p.name())).toList();
      for (Plugin<?> p : plugins) app.plugin(p);
      app.start();
      Set<String> names = new TreeSet<>();
      plugins.forEach(p -> names.add(p.name()));
      app.plugins().list().forEach(p -> { names.add(p.id()); names.addAll(p.plugins()); });
      loaded.unusedPluginSections(names).forEach(w -> log().warn("{}", w));
    } catch (RuntimeException e) {
      app.close(Duration.ofSeconds(5));
      throw e;
    }
    long ms = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    int bots = app.bots().all().size();
    int count = plugins.size() + jars;
    status.println(readyLine(app.i18n(), ms, bots, count, failed));
    status.flush();
    return app;
  }

  /** The shutdown hook: closes the app within {@code dispatcher.shutdown-grace} and the plugins' own disposal. */
  private static void stop(App app) {
    if (app.closing()) return;
    long start = System.nanoTime();
    try {
      app.close();
      app.log().info("{}", app.i18n().render("en-US", "launcher.stopped", Duration.ofNanos(System.nanoTime() - start).toMillis()));
    } catch (RuntimeException e) {
      app.log().error("{}", app.i18n().render("en-US", "launcher.stopped.failed", Duration.ofNanos(System.nanoTime() - start).toMillis()), e);
    }
  }

  /** The one line printed when the bot is ready (docs/getting-started.md shows it). */
  static String readyLine(dev.mochi.core.i18n.I18nService i18n, long ms, int bots, int plugins, long failed) {
    return i18n.render("en-US", failed == 0 ? "launcher.ready" : "launcher.ready.failed", ms, bots, plugins, failed);
  }

  /** A configuration error found after reading the file (opening the database), with the line of its key. */
  static ConfigException located(ConfigException e, ConfigLoader.Loaded loaded) {
    int line = e.key().isEmpty() ? 0 : loaded.lines().line(e.key());
    if (line == 0) return e;
    return new ConfigException(loaded.source() + " line " + line + ": " + e.getMessage(), e.key(), e);
  }

  /**
   * Loads the plugin jars of {@code plugins.dir} through the plugin host (before the class-path plugins, so a
   * chat sandbox already sees their commands) and starts the dev-mode watchers named in {@code MOCHI_PLUGINS_WATCH}
   * or {@code -Dmochi.plugins.watch} (build-output directories, separated by the path separator). Returns how many
   * plugins the jars applied.
   */
  static int loadPluginJars(App app) {
    PluginHost host = app.plugins();
    host.start();
    String watch = System.getProperty("mochi.plugins.watch", System.getenv("MOCHI_PLUGINS_WATCH"));
    if (watch != null) {
      for (String dir : watch.split(java.io.File.pathSeparator)) {
        if (!dir.isBlank()) host.watch(Path.of(dir.trim()));
      }
    }
    return host.list().stream().filter(PluginInfo::active).mapToInt(p -> p.plugins().size()).sum();
  }

  /** Plugins on the class path, listed in {@code META-INF/services/dev.mochi.api.Plugin}, sorted by name. */
  @SuppressWarnings("rawtypes")
  static List<Plugin<?>> classpathPlugins() {
    List<Plugin<?>> out = new ArrayList<>();
    for (Plugin p : ServiceLoader.load(Plugin.class)) out.add(p);
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }

}
