package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Disposable;
import dev.mochi.core.plugin.PluginInfo;
import dev.mochi.testkit.MochiTest;
import java.nio.file.Path;
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
