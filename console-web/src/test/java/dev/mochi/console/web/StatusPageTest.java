package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.mochi.api.sandbox.Sandbox;
import dev.mochi.api.sandbox.SandboxUser;
import dev.mochi.api.sandbox.VirtualUser;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The status page's refused messages: a quiet 0 while the dispatcher refused none, and once it refused some, a warning
 * that says how many, at which bound, and the setting that raises it, in the owner's language.
 */
class StatusPageTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;
  static final CountDownLatch release = new CountDownLatch(1);

  /** One message of a user may wait behind the one running; the next is refused. */
  @BeforeAll static void startBot() {
    app = ConsoleApp.start(b -> b.intakeBounds(100, 1));
    app.app().root().command("hold").action((argv, s) -> release.await(30, TimeUnit.SECONDS) ? "released" : "timed out");
  }

  @AfterAll static void stopBot() {
    release.countDown();
    if (app != null) app.close();
  }

  @Test void refusedMessagesAreAQuietZeroUntilOneIsRefusedThenAWarningNamesTheSettingToRaise() throws Exception {
    Page owner = Steps.owner(browser, app);
    Steps.go(owner, "Status");
    assertThat(owner.locator("[data-test=messages-refused]")).hasText("0");
    assertThat(owner.locator(".stat:has([data-test=messages-refused])")).not().hasAttribute("data-warn", "true");
    assertThat(owner.locator("[data-test=refused-warning]")).hasCount(0);

    Sandbox sandbox = app.app().root().get(Sandbox.class).orElseThrow();
    SandboxUser erin = sandbox.join(VirtualUser.direct("erin"), reply -> {});
    try {
      CompletableFuture<Void> running = erin.send("hold").toCompletableFuture();
      awaitRunning();
      CompletableFuture<Void> waiting = erin.send("hold").toCompletableFuture();
      CompletableFuture<Void> refused = erin.send("hold").toCompletableFuture();
      assertThat(refused).failsWithin(Duration.ofSeconds(5));

      assertThat(owner.locator("[data-test=messages-refused]")).hasText("1");
      assertThat(owner.locator(".stat:has([data-test=messages-refused])")).hasAttribute("data-warn", "true");
      assertThat(owner.locator("[data-test=refused-warning]")).containsText("1 since start, 1 in the last hour");
      assertThat(owner.locator("[data-test=refused-perUser]"))
          .hasText("1 because too many messages of one user were waiting: raise dispatcher.max-pending-per-user in bot.yml.");
      assertThat(owner.locator("[data-test=refused-perUser] code")).hasText("dispatcher.max-pending-per-user");
      // no message was refused at the overall bound
      assertThat(owner.locator("[data-test=refused-overall]")).hasCount(0);

      owner.getByLabel("Language").selectOption("zh-CN");
      assertThat(owner.locator("[data-test=refused-warning]")).containsText("启动以来 1 条，最近一小时 1 条");
      assertThat(owner.locator("[data-test=refused-perUser]"))
          .hasText("1 条是因为同一用户等待的消息过多：请在 bot.yml 中调高 dispatcher.max-pending-per-user。");
      owner.getByLabel("语言").selectOption("en-US");

      release.countDown();
      assertThat(running).succeedsWithin(Duration.ofSeconds(10));
      assertThat(waiting).succeedsWithin(Duration.ofSeconds(10));
    } finally {
      erin.dispose();
    }
  }

  private static void awaitRunning() throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (app.app().dispatcher().runningCount() == 0 && System.nanoTime() < end) Thread.sleep(5);
    assertThat(app.app().dispatcher().runningCount()).as("the first hold runs").isEqualTo(1);
  }
}
