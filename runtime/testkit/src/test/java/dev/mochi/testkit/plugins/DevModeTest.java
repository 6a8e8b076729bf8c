package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Disposable;
import dev.mochi.core.plugin.PluginInfo;
import dev.mochi.testkit.MochiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DevModeTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create();

  @Test void aJarWrittenIntoAWatchedBuildOutputIsLoadedAndReloadedOnChange() throws Exception {
    Path target = mochi.directory().resolve("my-plugin/target");
    try (Disposable watching = mochi.plugins().watch(target)) {
      Fixtures.answering("dev", "dev", "first build").build(target);
      awaitAnswer("first build");

      Fixtures.answering("dev", "dev", "second build").build(target);
      awaitAnswer("second build");
      Optional<PluginInfo> info = mochi.plugins().info("dev");
      assertThat(info).hasValueSatisfying(i -> assertThat(i.source()).isEqualTo(target.resolve("dev-1.0.0.jar")));
    }
  }

  @Test void reloadingGoesOnAfterTheBuildOutputIsDeletedAndWrittenAgain() throws Exception {
    Path target = mochi.directory().resolve("cleaned/target");
    try (Disposable watching = mochi.plugins().watch(target)) {
      Fixtures.answering("dev", "dev", "before clean").build(target);
      awaitAnswer("before clean");

      deleteTree(target);                                      // mvn clean
      awaitLog("is gone (mvn clean?)");
      Fixtures.answering("dev", "dev", "after clean").build(target);
      awaitAnswer("after clean");
      assertThat(mochi.logs().containing("Dev mode: watching " + target.toAbsolutePath().normalize() + " again")).hasSize(1);
    }
  }

  @Test void aJarThatIsStillEmptyIsWaitedForInsteadOfFailing() throws Exception {
    Path target = mochi.directory().resolve("slow/target");
    try (Disposable watching = mochi.plugins().watch(target)) {
      Path jar = target.resolve("dev-1.0.0.jar");
      Files.createDirectories(target);
      Files.write(jar, new byte[0]);                           // the archiver has opened the file, nothing more
      Thread.sleep(3 * DEV_QUIET_MS);
      Fixtures.answering("dev", "dev", "complete").build(target);
      awaitAnswer("complete");
      assertThat(mochi.logs().problems()).noneMatch(l -> l.contains("zip") || l.contains("dev-1.0.0.jar"));
    }
  }

  private static final long DEV_QUIET_MS = 300;

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  private static void awaitLog(String text) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (mochi.logs().containing(text).isEmpty() && System.nanoTime() < deadline) Thread.sleep(50);
    assertThat(mochi.logs().containing(text)).isNotEmpty();
  }

  private static void awaitAnswer(String expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    String last = null;
    while (System.nanoTime() < deadline) {
      var replies = mochi.client("alice").send("dev").replies();
      last = replies.isEmpty() ? null : replies.getFirst();
      if (expected.equals(last)) return;
      Thread.sleep(100);
    }
    assertThat(last).as("answer after the build").isEqualTo(expected);
  }
}
