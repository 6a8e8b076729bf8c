package dev.mochi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.PluginJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a real bot process ({@code Launcher} with the JVM options {@code ./mochi} uses, a larger heap, and every
 * first-party plugin on the class path) while about 90,000 messages are queued: it stops taking messages, says in one log line how many queued
 * messages were not handled, and exits within {@code dispatcher.shutdown-grace} plus a few seconds, with the exit
 * status of a JVM stopped by SIGTERM (143) and no exception in its log. Every message of the stream is either handled
 * or in that count.
 *
 * <p>The stream comes from a real plugin jar, loaded through PF4J: an adapter that reads a file and hands every line
 * to the runtime at once, as a platform delivering a backlog does (no back-pressure), from 100 users; each message
 * runs a command that takes 20 ms.
 */
class ShutdownProcessTest {
  private static final int MESSAGES = 100_000;
  private static final Duration GRACE = Duration.ofSeconds(2);
  private static final Pattern STILL_RUNNING = Pattern.compile("([\\d,]+) sessions? still running (?:is|are) left");
  private static final Pattern NOT_HANDLED = Pattern.compile("Shutdown: ([\\d,]+) queued messages were not handled");

  private static final String FLOOD = """
      package flood;

      import dev.mochi.api.Context;
      import dev.mochi.api.Events;
      import dev.mochi.api.adapter.Bot;
      import dev.mochi.api.adapter.BotHandle;
      import dev.mochi.api.adapter.BotStatus;
      import dev.mochi.api.adapter.Inbound;
      import dev.mochi.api.message.Message;
      import java.nio.file.Files;
      import java.nio.file.Path;
      import java.util.List;
      import java.util.concurrent.CompletableFuture;
      import java.util.concurrent.CompletionStage;
      import java.util.concurrent.atomic.AtomicLong;

      @org.pf4j.Extension
      public final class Flood implements dev.mochi.api.Plugin<Flood.Config> {
        public record Config(String file, int users) {}

        static final class FloodBot implements Bot {
          public String platform() { return "flood"; }
          public String selfId() { return "flood-bot"; }
          public BotStatus status() { return BotStatus.ONLINE; }
          public CompletionStage<List<String>> sendMessage(String channelId, Message message) {
            return CompletableFuture.completedFuture(List.of());
          }
          public CompletionStage<List<String>> sendPrivateMessage(String userId, Message message) {
            return CompletableFuture.completedFuture(List.of());
          }
        }

        public void apply(Context ctx, Config config) {
          AtomicLong handled = new AtomicLong();
          ctx.command("work").action((argv, s) -> {
            Thread.sleep(20);
            handled.incrementAndGet();
            return null;
          });
          BotHandle bot = ctx.bot(new FloodBot());
          ctx.on(Events.READY, ready -> Thread.ofPlatform().daemon().start(() -> {
            long n = 0;
            try (var lines = Files.lines(Path.of(config.file()))) {
              for (String line : (Iterable<String>) lines::iterator) {
                bot.dispatch(Inbound.direct("u" + n % config.users(), "m" + n, line));
                n++;
              }
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            System.out.println("flooded " + n);
            System.out.flush();
          }));
          ctx.onDispose(() -> {
            System.out.println("handled " + handled.get());
            System.out.flush();
          });
        }
      }
      """;

  /** The runtime's stderr appender and levels (LogConfigurator), without its log file. */
  private static final String STDERR_LOGGING = """
      <configuration>
        <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
          <target>System.err</target>
          <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n</pattern></encoder>
        </appender>
        <root level="INFO"><appender-ref ref="STDERR"/></root>
        <logger name="com.zaxxer.hikari" level="WARN"/>
        <logger name="org.jooq.Constants" level="WARN"/>
        <logger name="org.pf4j" level="WARN"/>
      </configuration>
      """;

  @TempDir Path dir;
  private Process bot;

  @AfterEach void stopTheBot() throws InterruptedException {
    if (bot != null && bot.isAlive()) {
      bot.destroyForcibly();
      bot.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void sigtermWithNinetyThousandQueuedMessagesExitsWithinTheGraceAndCountsWhatWasNotHandled() throws Exception {
    PluginJar.id("flood").source("flood.Flood", FLOOD).build(dir.resolve("plugins"));
    Path stream = dir.resolve("stream.txt");
    Files.write(stream, java.util.Collections.nCopies(MESSAGES, "work"));
    Path config = dir.resolve("bot.yml");
    Files.writeString(config, """
        database:
          url: "jdbc:sqlite:%s"
        dispatcher:
          shutdown-grace: %ds
          max-pending: 200000
          max-pending-per-user: 2000
        plugins:
          dir: "%s"
          flood:
            file: "%s"
            users: 100
        """.formatted(dir.resolve("bot.db"), GRACE.toSeconds(), dir.resolve("plugins"), stream));
    Path errors = dir.resolve("stderr.txt");
    Path output = dir.resolve("stdout.txt");
    String java = ProcessHandle.current().info().command().orElse("java");
    // The JVM options of ./mochi but a 256 MB heap: 100,000 queued sessions take about 115 MB, which the default
    // 128 MB holds only with back-to-back full collections. Logging to stderr as the bot does, not the testkit's
    // logback-test.xml, which is on this class path too (and keeps the runtime's own configuration from applying).
    Path logback = dir.resolve("logback.xml");
    Files.writeString(logback, STDERR_LOGGING);
    bot = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xms16m", "-Xmx256m", "-XX:+UseSerialGC",
        "-Dlogback.configurationFile=" + logback,
        "-cp", System.getProperty("java.class.path"), "dev.mochi.core.Launcher", "--config", config.toString())
        .redirectError(errors.toFile()).redirectOutput(output.toFile()).start();
    while (bot.isAlive() && !Files.readString(output).contains("flooded " + MESSAGES)) Thread.sleep(100);
    assertThat(bot.isAlive()).as("the bot runs after the stream was handed over; its log:\n%s", tail(errors)).isTrue();

    long start = System.nanoTime();
    bot.destroy();
    boolean exited = bot.waitFor(GRACE.toSeconds() + 30, TimeUnit.SECONDS);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(exited).as("the bot exits after SIGTERM").isTrue();

    String log = Files.readString(errors);
    assertThat(took).as("SIGTERM to exit; the log:\n%s", tail(errors)).isLessThan(GRACE.plusSeconds(8));
    assertThat(bot.exitValue()).as("the JVM's status for a clean stop by SIGTERM").isEqualTo(143);
    assertThat(log).contains("Shutting down: taking no more messages").contains("Mochi stopped in");
    assertThat(log).doesNotContain("Exception").doesNotContain(" ERROR ");
    Matcher m = NOT_HANDLED.matcher(log);
    assertThat(m.find()).as("the count of messages not handled is logged:\n%s", tail(errors)).isTrue();
    long notHandled = Long.parseLong(m.group(1).replace(",", ""));
    assertThat(notHandled).isGreaterThan(50_000);
    Matcher h = Pattern.compile("(?m)^handled (\\d+)$").matcher(Files.readString(output));
    assertThat(h.find()).as("the flood plugin was disposed and said how many it handled").isTrue();
    long handled = Long.parseLong(h.group(1));
    Matcher r = STILL_RUNNING.matcher(log);
    assertThat(r.find()).isTrue();
    long stillRunning = Long.parseLong(r.group(1).replace(",", ""));
    // A session still running when the dispatcher stopped waiting (a long GC pause) may end after the plugin counted.
    assertThat(handled + notHandled).as("every message handled or counted; the log:%n%s", tail(errors))
        .isBetween(MESSAGES - stillRunning, (long) MESSAGES);
  }

  private static String tail(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
