package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShellTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test void ownerIsSetUpFromTheOneTimeLinkLogsOutAndLogsInAgain() {
    Page page = Steps.setUpOwner(browser, app);
    assertThat(page.locator("#sidebar a")).containsText(new String[] {
        "Status", "Sandbox", "Plugins", "Logs", "Commands", "Database", "Users", "Account"});
    assertThat(page.locator(".connection")).hasAttribute("data-state", "open");
    assertThat(page).hasURL(java.util.regex.Pattern.compile("#/status$"));

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
    assertThat(page.locator("#sidebar")).hasCount(0);

    Steps.logIn(page, Steps.OWNER, "wrong password");
    assertThat(page.locator(".login .field-error")).isVisible();
    Steps.logIn(page, Steps.OWNER, Steps.PASSWORD);
    assertThat(page.locator(".who")).containsText(Steps.OWNER + " · 5");
    assertThat(page.locator("#sidebar a")).hasCount(8);

    // The login survives a reload: the token is kept in this browser and sent as the socket's first frame.
    page.reload();
    assertThat(page.locator(".who")).containsText(Steps.OWNER);
  }
}
