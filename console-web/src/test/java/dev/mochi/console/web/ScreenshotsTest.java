package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A picture of every built-in page after a little use, so the documentation shows the console as it is: written to
 * {@code target/console-screenshots/}, and into {@code docs/images/console/} when the build runs with
 * {@code -Dmochi.screenshots.docs=true} (then commit them).
 */
class ScreenshotsTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test void everyBuiltInPageIsPhotographed() throws IOException {
    Page owner = Steps.owner(browser, app);
    Chat.say(app, "alice", "lottery");
    Chat.say(app, "bob", "help");
    Steps.go(owner, "Sandbox");
    Sandboxes.join(owner, "carol", 4);
    Sandboxes.say(owner, "help");
    Sandboxes.say(owner, "echo Hello, Mochi!");

    Path target = Path.of("target/console-screenshots");
    Files.createDirectories(target);
    Path docs = Boolean.getBoolean("mochi.screenshots.docs") ? Path.of("..", "docs", "images", "console") : null;
    if (docs != null) Files.createDirectories(docs);
    for (String name : List.of("Status", "Sandbox", "Plugins", "Logs", "Commands", "Database", "Users", "Account")) {
      Steps.go(owner, name);
      assertThat(owner.locator("main .page")).isVisible();
      if (name.equals("Plugins")) {
        owner.locator(".plugin[data-plugin='lottery']").getByText("Configure").click();
        assertThat(owner.locator(".schema-form")).isVisible();
      }
      owner.waitForTimeout(300);   // let charts and lists settle before the picture
      Path file = target.resolve(name.toLowerCase() + ".png");
      owner.screenshot(new Page.ScreenshotOptions().setPath(file));
      assertThat(Files.size(file)).isGreaterThan(0L);
      if (docs != null) Files.copy(file, docs.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
