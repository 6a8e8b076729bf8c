package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

// The first test uses the one-time setup link; the second changes the account's language (and sets it back).
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShellTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test @Order(1) void ownerIsSetUpFromTheOneTimeLinkLogsOutAndLogsInAgain() {
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

  @Test @Order(2) void theLanguageChosenIsKeptOnTheAccountAndFollowsTheUserToAnotherBrowser() {
    Page first = Steps.owner(browser, app);
    first.getByLabel("Language").selectOption("zh-CN");
    assertThat(first.locator("#sidebar a[data-path='/plugins']")).hasText("插件");
    assertThat(first.locator(".notice.error")).hasCount(0);

    // Another browser (nothing chosen there) logs in and speaks the account's language.
    Page second = browser.open(app.url());
    assertThat(second.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
    Steps.logIn(second, Steps.OWNER, Steps.PASSWORD);
    assertThat(second.locator("#sidebar a[data-path='/plugins']")).hasText("插件");
    assertThat(second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出登录"))).isVisible();

    first.getByLabel("语言").selectOption("en-US");
    assertThat(first.locator("#sidebar a[data-path='/plugins']")).hasText("Plugins");
  }
}
