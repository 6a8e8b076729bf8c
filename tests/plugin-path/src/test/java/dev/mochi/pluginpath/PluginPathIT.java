package dev.mochi.pluginpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The plugin author's path, walked for real, in order: {@code ./mochi new-plugin} writes a project into a
 * temporary directory outside the source tree; {@code mvn package} builds it offline against the Mochi artifacts in
 * the local repository (its tests run, and a failing test fails the build); a bot started by the launcher loads the
 * jar from its plugin directory and answers the plugin's command in a terminal chat.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginPathIT {
  private static final Duration BUILD = Duration.ofMinutes(5);
  private static final String NAME = "hello-path";

  private static Path work;
  private static Path project;

  @BeforeAll static void scaffold() throws Exception {
    work = Files.createTempDirectory("mochi-plugin-path");
    project = work.resolve(NAME);

    Run run = run(work, Duration.ofMinutes(1), "bash", root().resolve("mochi").toString(), "new-plugin", NAME, project.toString());

    assertThat(run.exit).as(run.output).isZero();
    assertThat(project.resolve("pom.xml")).exists();
    assertThat(project.resolve("src/main/java/com/example/hellopath/HelloPath.java")).exists();
    assertThat(project.resolve("src/test/java/com/example/hellopath/HelloPathTest.java")).exists();
  }

  @AfterAll static void cleanUp() throws IOException {
    if (work == null) return;
    try (Stream<Path> files = Files.walk(work)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  @Test @Order(1) void theScaffoldedProjectBuildsAndItsTestsRun() throws Exception {
    Run build = maven(project, "package");

    assertThat(build.exit).as(build.output).isZero();
    assertThat(build.output).contains("Tests run: 3, Failures: 0, Errors: 0").contains("BUILD SUCCESS");
    try (JarFile jar = new JarFile(jar().toFile())) {
      assertThat(jar.getEntry("META-INF/extensions.idx")).as("extension index").isNotNull();
      assertThat(jar.getManifest().getMainAttributes().getValue("Plugin-Id")).isEqualTo(NAME);
      assertThat(jar.getEntry("dev/mochi/api/Plugin.class")).as("the host's API is not bundled").isNull();
    }
  }

  /** The same sources, built with the pom docs/plugins.md shows, copied as it is. */
  @Test @Order(2) void aFailingTestFailsTheBuildOfThePomTheDocsShow() throws Exception {
    Path copy = work.resolve("failing");
    copyProject(project, copy);
    List<String> poms = DocsSnippetsTest.blocks(root().resolve("docs/plugins.md"), "xml").stream()
        .map(DocsSnippetsTest.Block::code).filter(b -> b.contains("<artifactId>mochi-plugin-parent</artifactId>") && b.contains("<project")).toList();
    assertThat(poms).as("the plugin pom in docs/plugins.md").hasSize(1);
    Files.writeString(copy.resolve("pom.xml"), poms.get(0));
    Files.writeString(copy.resolve("src/test/java/com/example/hellopath/FailingTest.java"), """
        package com.example.hellopath;

        import static org.assertj.core.api.Assertions.assertThat;

        import dev.mochi.testkit.MochiTest;
        import org.junit.jupiter.api.Test;
        import org.junit.jupiter.api.extension.RegisterExtension;

        class FailingTest {
          @RegisterExtension final MochiTest mochi = MochiTest.withPlugin(new HelloPath(), new HelloPath.Config("Hi"));

          @Test void expectsAnotherGreeting() {
            mochi.client("alice").send("hello-path Bob").shouldReply("Good morning, Bob!");
          }
        }
        """);

    Run build = maven(copy, "test");

    assertThat(build.exit).as(build.output).isNotZero();
    assertThat(build.output).contains("Tests run: 4, Failures: 1").contains("FailingTest.expectsAnotherGreeting")
        .contains("BUILD FAILURE");
  }

  @Test @Order(3) void aRunningBotLoadsTheJarAndAnswersItsCommand() throws Exception {
    Path bot = Files.createDirectories(work.resolve("bot"));
    Path plugins = Files.createDirectories(bot.resolve("plugins"));
    Files.copy(jar(), plugins.resolve(jar().getFileName()));
    Path config = bot.resolve("bot.yml");
    Files.writeString(config, """
        database:
          url: jdbc:sqlite:%s
        plugins:
          dir: %s
          %s:
            greeting: Hey
        """.formatted(bot.resolve("mochi.db"), plugins, NAME));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");

    Run chat = runWithInput(bot, Duration.ofMinutes(2), "hello-path Bob\nhello-path\n", java.toString(),
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        "dev.mochi.core.Launcher", "--config", config.toString(), "chat");

    assertThat(chat.exit).as(chat.output).isZero();
    assertThat(chat.stdout.lines().toList()).as(chat.output).containsExactly("Hey, Bob!", "Hey, alice!");
  }

  // ---------------------------------------------------------------- helpers

  private static Path root() { return Path.of(System.getProperty("mochi.root")).toAbsolutePath().normalize(); }

  private static Path jar() {
    return project.resolve("target/" + NAME + "-1.0.0-SNAPSHOT.jar");
  }

  /** Maven offline, on the local repository of the build running this test (the Mochi artifacts are there). */
  private static Run maven(Path dir, String goal) throws Exception {
    Path mvn = Path.of(System.getProperty("mochi.maven.home"), "bin", "mvn");
    return run(dir, BUILD, mvn.toString(), "-B", "-o", "-Dmaven.repo.local=" + System.getProperty("mochi.maven.repo"), goal);
  }

  private static void copyProject(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path rel = from.relativize(p);
        if (rel.startsWith("target")) continue;
        Path dest = to.resolve(rel.toString());
        if (Files.isDirectory(p)) Files.createDirectories(dest);
        else Files.copy(p, dest);
      }
    }
  }

  record Run(int exit, String stdout, String output) {}

  private static Run run(Path dir, Duration timeout, String... command) throws Exception {
    return runWithInput(dir, timeout, null, command);
  }

  /** Runs a process with this JVM's JDK as JAVA_HOME; stdout and (stdout + stderr) are kept apart. */
  private static Run runWithInput(Path dir, Duration timeout, String input, String... command) throws Exception {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    Map<String, String> env = pb.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    if (Runtime.version().feature() >= 23) env.put("MAVEN_OPTS", "--sun-misc-unsafe-memory-access=allow"); // Maven's Guava
    Process process = pb.start();
    if (input != null) process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + ":\n"
          + Files.readString(out) + Files.readString(err));
    }
    String stdout = Files.readString(out);
    return new Run(process.exitValue(), stdout, stdout + "\n--- stderr ---\n" + Files.readString(err));
  }
}
