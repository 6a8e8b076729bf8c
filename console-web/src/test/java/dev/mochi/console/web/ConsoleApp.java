package dev.mochi.console.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.mochi.console.ConsolePlugin;
import dev.mochi.core.App;
import dev.mochi.core.AppBuilder;
import dev.mochi.core.config.PluginsConfig;
import dev.mochi.plugin.echo.Echo;
import dev.mochi.plugin.help.Help;
import dev.mochi.plugin.lottery.Lottery;
import dev.mochi.sandbox.SandboxAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * A real bot for the browser tests: a SQLite file in a temporary directory, the sandbox adapter, the help, echo and
 * lottery plugins, and the console on a free port of 127.0.0.1. {@link #restart()} closes the whole app and starts a
 * new one on the same file and port, as an owner restarting the bot would. The console's log is captured to read the
 * one-time setup link it prints at the first start.
 */
final class ConsoleApp implements AutoCloseable {
  private static final Pattern SETUP = Pattern.compile("(https?://\\S+/#/setup\\?secret=[A-Za-z0-9_%-]+)");

  private final Path dir;
  private final int port;
  private final Tap tap = new Tap();
  private final Consumer<AppBuilder> change;
  private App app;
  private boolean ownerSetUp;

  private ConsoleApp(Path dir, int port, Consumer<AppBuilder> change) {
    this.dir = dir;
    this.port = port;
    this.change = change;
  }

  static ConsoleApp start() { return start(b -> {}); }

  /** Like {@link #start()}, with {@code change} applied to the app's builder (at every {@link #restart()} too). */
  static ConsoleApp start(Consumer<AppBuilder> change) {
    try {
      ConsoleApp app = new ConsoleApp(Files.createTempDirectory("mochi-console-web"), freePort(), change);
      app.tap.start();
      ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(app.tap);
      app.boot();
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void boot() {
    AppBuilder builder = App.builder()
        .database("jdbc:sqlite:" + dir.resolve("mochi.db"))
        .configure(c -> c.withPlugins(new PluginsConfig(dir.resolve("plugins").toString(), c.plugins().sections())))
        .plugin(new SandboxAdapter(), SandboxAdapter.Config.defaults())
        .plugin(new Help())
        .plugin(new Echo())
        .plugin(new Lottery(), new Lottery.Config(0, 0, 0, null))
        .plugin(new ConsolePlugin(), ConsolePlugin.Config.defaults().withPort(port));
    change.accept(builder);
    app = builder.build();
    app.start();
    app.plugins().start();
  }

  /** The console's address, ending in "/". */
  String url() { return "http://127.0.0.1:" + port + "/"; }

  App app() { return app; }

  /** The plugin directory jars are installed into. */
  Path pluginDirectory() { return dir.resolve("plugins"); }

  /** A scratch directory inside the test's own (for jars built by a test). */
  Path scratch(String name) {
    try {
      return Files.createDirectories(dir.resolve("scratch").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one-time setup link the console printed, waiting up to 10 s for it. */
  String setupLink() {
    Instant end = Instant.now().plusSeconds(10);
    while (Instant.now().isBefore(end)) {
      for (String line : tap.lines()) {
        Matcher m = SETUP.matcher(line);
        if (m.find()) return m.group(1);
      }
      sleep(50);
    }
    throw new AssertionError("The console printed no setup link; its log:\n" + String.join("\n", tap.lines()));
  }

  /** Whether a test already set the owner up (the one-time link works once). */
  synchronized boolean ownerSetUp() { return ownerSetUp; }

  synchronized void markOwnerSetUp() { ownerSetUp = true; }

  /** Closes the app (when it runs) and starts it again on the same database file and port. */
  void restart() {
    if (app != null) app.close(Duration.ofSeconds(10));
    boot();
  }

  /** Stops the app without starting it again (the console's port closes). */
  void stop() {
    if (app != null) app.close(Duration.ofSeconds(10));
    app = null;
  }

  @Override public void close() {
    try {
      stop();
    } finally {
      ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(tap);
      tap.stop();
      deleteQuietly(dir);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static void deleteQuietly(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing a test for
    }
  }

  /** Keeps the formatted log lines of the running test's app. */
  private static final class Tap extends AppenderBase<ILoggingEvent> {
    private final List<String> lines = new ArrayList<>();

    @Override protected void append(ILoggingEvent event) {
      synchronized (lines) {
        lines.add(event.getFormattedMessage());
      }
    }

    List<String> lines() {
      synchronized (lines) {
        return List.copyOf(lines);
      }
    }
  }
}
