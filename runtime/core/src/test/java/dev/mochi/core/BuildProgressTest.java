package dev.mochi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** ./mochi shows a first build's progress: one line per module, Maven's errors, the total time. */
class BuildProgressTest {
  private static final String MAVEN = """
      [INFO] Scanning for projects...
      [INFO] ------------------------------------------------------------------------
      [INFO] Reactor Build Order:
      [INFO] \u001b[1mBuilding Mochi API 0.1.0-SNAPSHOT                                     [2/18]\u001b[m
      [INFO] --------------------------------[ jar ]---------------------------------
      [INFO] --- compiler:3.14.0:compile (default-compile) @ mochi-api ---
      [INFO] Compiling 120 source files with javac [debug release 21] to target/classes
      [INFO] Building Mochi core 0.1.0-SNAPSHOT                                    [3/18]
      [ERROR] /src/main/java/dev/mochi/core/App.java:[12,8] cannot find symbol
      [INFO] BUILD FAILURE
      [INFO] Total time:  35.120 s
      """;

  @Test void mavenOutputBecomesModuleLinesErrorsAndTheTime() throws IOException, InterruptedException {
    Process awk = new ProcessBuilder("awk", "-f", Path.of("../../.ci/build-progress.awk").toString()).start();
    awk.getOutputStream().write(MAVEN.getBytes(StandardCharsets.UTF_8));
    awk.getOutputStream().close();
    String out = new String(awk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(awk.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(out).isEqualTo("""
        mochi: building 2/18: Mochi API
        mochi: building 3/18: Mochi core
        [ERROR] /src/main/java/dev/mochi/core/App.java:[12,8] cannot find symbol
        [INFO] BUILD FAILURE
        mochi: built in 35.120 s
        """);
  }
}
