package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.data.DataException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real bot processes ({@code Launcher}, as {@code ./mochi} runs it) on one SQLite file and on one PostgreSQL
 * schema: the second refuses to start and says why; the lease goes with the first process when it is killed
 * ({@code kill -9}) and when it exits normally.
 */
class SingleProcessLeaseTest {
  @TempDir Path dir;
  private final List<Process> children = new ArrayList<>();
  private String schema;

  @AfterEach void stopChildrenAndDropTheSchema() throws InterruptedException {
    for (Process p : children) {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    if (schema != null) TestDatabases.dropPostgresSchema(schema);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aSecondProcessOnOneSqliteFileRefusesToStartUntilTheFirstIsGone() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("bot.db");
    DataSettings settings = DataSettings.of(url);
    Process first = secondRefused(config(url, "", ""), refusal -> assertThat(refusal)
        .contains("Another Mochi process is already using the SQLite database").contains("bot.db.lock"));
    assertThatThrownBy(() -> new DataEngine(settings)).isInstanceOf(DataException.class)
        .hasMessageContaining("process " + first.pid());
    leaseEndsWith(first, config(url, "", ""), settings);
    try (DataEngine engine = new DataEngine(settings)) {
      assertThat(engine.connections.writer.fetchValue("pragma integrity_check")).isEqualTo("ok");
    }
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aSecondProcessOnOnePostgresSchemaRefusesToStartUntilTheFirstIsGone() throws Exception {
    schema = TestDatabases.postgresSchema();
    String url = TestDatabases.PG + "?currentSchema=" + schema;
    Process first = secondRefused(config(url, "postgres", ""), refusal -> assertThat(refusal)
        .contains("Another Mochi process is already using the PostgreSQL database").contains("schema " + schema)
        .contains("server process").doesNotContain("currentSchema"));
    String other = TestDatabases.postgresSchema();
    try (DataEngine elsewhere = new DataEngine(postgres(other))) {
      assertThat(elsewhere.connections.dialect).as("another schema of the same database is another lease").isNotNull();
    } finally {
      TestDatabases.dropPostgresSchema(other);
    }
    leaseEndsWith(first, config(url, "postgres", ""), postgres(schema));
  }

  private static DataSettings postgres(String schema) {
    return new DataSettings(TestDatabases.PG + "?currentSchema=" + schema, "postgres", "", 2, 0, null);
  }

  /** Starts a bot on {@code config} and then a second one, which must refuse; returns the first, still running. */
  private Process secondRefused(Path config, java.util.function.Consumer<String> refusal) throws Exception {
    Process first = start(config);
    awaitReady(first);
    Process second = start(config);
    assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(second.exitValue()).isEqualTo(1);
    String errors = errors(second);
    assertThat(errors).contains("mochi: Another Mochi process").contains("database.url");
    refusal.accept(errors);
    return first;
  }

  /** Kills {@code first} (a crash), then runs and stops a bot normally: after each, the database is free again. */
  private void leaseEndsWith(Process first, Path config, DataSettings settings) throws Exception {
    first.destroyForcibly();
    assertThat(first.waitFor(1, TimeUnit.MINUTES)).isTrue();
    Process third = start(config);
    awaitReady(third);
    third.destroy();
    assertThat(third.waitFor(1, TimeUnit.MINUTES)).isTrue();
    new DataEngine(settings).close();
  }

  @Test void aSecondEngineInOneProcessIsRefusedTooAndTheLeaseEndsWithTheFirst() {
    String url = "jdbc:sqlite:" + dir.resolve("one.db");
    try (DataEngine first = new DataEngine(DataSettings.of(url))) {
      assertThatThrownBy(() -> new DataEngine(DataSettings.of(url))).isInstanceOf(DataException.class)
          .hasMessageContaining("process " + ProcessHandle.current().pid());
    }
    new DataEngine(DataSettings.of(url)).close();
  }

  private Path config(String url, String user, String password) throws IOException {
    Path file = dir.resolve("bot-" + children.size() + "-" + System.nanoTime() + ".yml");
    Files.writeString(file, "database:\n  url: \"" + url + "\"\n  user: \"" + user + "\"\n  password: \"" + password
        + "\"\nplugins:\n  dir: \"" + dir.resolve("plugins") + "\"\n");
    return file;
  }

  private Process start(Path config) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        "dev.mochi.core.Launcher", "--config", config.toString())
        .redirectError(dir.resolve("stderr-" + children.size() + ".txt").toFile())
        .start();
    children.add(p);
    return p;
  }

  private static void awaitReady(Process p) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("Mochi ready")) {
        Thread.ofVirtual().start(() -> drain(out));
        return;
      }
    }
    throw new AssertionError("the bot process ended before it was ready (exit " + p.onExit().join().exitValue() + ")");
  }

  private static void drain(BufferedReader out) {
    try {
      while (out.readLine() != null) {
        // keep the child's pipe from filling up
      }
    } catch (IOException e) {
      // the child is gone
    }
  }

  private String errors(Process p) throws IOException {
    return Files.readString(dir.resolve("stderr-" + children.indexOf(p) + ".txt"));
  }
}
