package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.mochi.plugin.guestbook.Guestbook;
import dev.mochi.testkit.PluginJar;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A plugin jar installed from the Plugins page adds its own page, fed by its data service; uninstalling removes it. */
class PluginPageTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test void anInstalledJarAddsItsPageWithItsDataAndUninstallingRemovesItWithoutAReload() throws java.io.IOException {
    // 2 MB of incompressible bytes beside the classes: more than a socket frame may carry, as real jars often are.
    byte[] ballast = new byte[2 << 20];
    new java.util.Random(11).nextBytes(ballast);
    Path jar = PluginJar.of("guestbook", Guestbook.class).resource("ballast.bin", ballast).build(app.scratch("jars"));
    org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.size(jar)).isGreaterThan(2L << 20);
    Page owner = Steps.owner(browser, app);
    Locator guestbookLink = owner.locator("#sidebar a[data-path='/guestbook']");
    assertThat(guestbookLink).hasCount(0);

    Steps.go(owner, "Plugins");
    owner.setInputFiles("#plugin-jar", jar);
    owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and install")).click();
    assertThat(owner.locator(".plugin[data-plugin='guestbook'] .badge")).hasText("active");
    assertThat(guestbookLink).hasText("Guestbook");

    Page chat = browser.another(owner, app.url() + "#/sandbox");
    Sandboxes.join(chat, "dave", 1);
    Sandboxes.say(chat, "sign hello from the sandbox");

    guestbookLink.click();
    assertThat(owner.locator("[data-test=guestbook]")).containsText("hello from the sandbox");
    // Pushed, not polled: a second signature shows up on the open page.
    Sandboxes.say(chat, "sign and once more");
    assertThat(owner.locator("[data-test=guestbook]")).containsText("and once more");

    Steps.go(owner, "Plugins");
    Locator row = owner.locator(".plugin[data-plugin='guestbook']");
    row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uninstall")).click();
    row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Really uninstall guestbook?")).click();
    assertThat(owner.locator(".plugin[data-plugin='guestbook']")).hasCount(0);
    assertThat(guestbookLink).hasCount(0);
    owner.navigate(app.url() + "#/guestbook");
    assertThat(owner.locator("main")).containsText("No such page");
  }
}
