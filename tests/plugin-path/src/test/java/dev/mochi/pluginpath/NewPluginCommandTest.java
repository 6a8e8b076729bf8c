package dev.mochi.pluginpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./mochi new-plugin}: what it writes, and how it refuses a name, a package or a directory it cannot use. */
class NewPluginCommandTest {
  @TempDir Path dir;

  record Result(int exit, String stderr) {}

  private static Result newPlugin(String... args) throws Exception {
    Path root = Path.of(System.getProperty("mochi.root", "../..")).toAbsolutePath().normalize();
    List<String> command = new ArrayList<>(List.of("bash", root.resolve("mochi").toString(), "new-plugin"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), stderr);
  }

  @Test void writesAProjectWithTheNamesDerivedFromThePluginName() throws Exception {
    Path project = dir.resolve("quotes");
    Result r = newPlugin("daily-quote", project.toString(), "--package", "org.acme.quotes", "--group", "org.acme");

    assertThat(r.exit()).as(r.stderr()).isZero();
    String plugin = Files.readString(project.resolve("src/main/java/org/acme/quotes/DailyQuote.java"));
    assertThat(plugin).contains("package org.acme.quotes;", "public final class DailyQuote implements Plugin<DailyQuote.Config>",
        "ctx.command(\"daily-quote [name:string]\"").doesNotContain("@NAME@", "@CLASS@");
    assertThat(project.resolve("src/test/java/org/acme/quotes/DailyQuoteTest.java")).exists();
    String pom = Files.readString(project.resolve("pom.xml"));
    assertThat(pom).contains("<groupId>org.acme</groupId>", "<artifactId>daily-quote</artifactId>",
        "<plugin.id>daily-quote</plugin.id>", "<artifactId>mochi-plugin-parent</artifactId>",
        "<version>" + System.getProperty("mochi.version", "0.1.0-SNAPSHOT") + "</version>")
        .doesNotContain("@NAME@", "@GROUP@", "@VERSION@", "@MOCHI_VERSION@", "@MOCHI_RELEASE@");
  }

  @Test void aNameThatIsNotKebabCaseIsRefusedWithAnExample() throws Exception {
    Result r = newPlugin("Daily_Quote", dir.resolve("x").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.stderr()).contains("'Daily_Quote' is not a plugin name").contains("e.g. todo or daily-quote");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test void aPackageThatIsNotAJavaPackageIsRefused() throws Exception {
    Result r = newPlugin("todo", dir.resolve("x").toString(), "--package", "com.example.1todo");

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.stderr()).contains("'com.example.1todo' is not a Java package name");
  }

  @Test void aDirectoryWithFilesInItIsLeftAlone() throws Exception {
    Path taken = Files.createDirectories(dir.resolve("taken"));
    Files.writeString(taken.resolve("notes.txt"), "mine");

    Result r = newPlugin("todo", taken.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.stderr()).contains(taken + " exists and is not empty");
    try (var files = Files.list(taken)) {
      assertThat(files.toList()).containsExactly(taken.resolve("notes.txt"));
    }
  }

  @Test void withoutANameItSaysHowToCallIt() throws Exception {
    Result r = newPlugin();

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.stderr()).contains("usage: ./mochi new-plugin NAME [DIR]");
  }
}
