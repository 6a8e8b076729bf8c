package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConnectionTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test void theClientLoadsFromTheConsoleConnectsAndSpeaksBothLanguages() {
    Page page = browser.open(app.url());
    assertThat(page.locator(".connection")).hasAttribute("data-state", "open");
    assertThat(page.locator(".connection")).hasText("Connected");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in"))).isVisible();

    page.getByLabel("Language").selectOption("zh-CN");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("登录"))).isVisible();
    assertThat(page.locator(".connection")).hasText("已连接");
    assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");

    // The choice is remembered in this browser.
    page.reload();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("登录"))).isVisible();
    page.getByLabel("语言").selectOption("en-US");
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
  }

  @Test void aRestartOfTheBotUnderAnOpenPageShowsReconnectingThenConnectedAgain() {
    browser.allowErrors("WebSocket connection to .* failed");
    Page page = browser.open(app.url());
    assertThat(page.locator(".connection")).hasAttribute("data-state", "open");

    app.stop();
    assertThat(page.locator(".connection")).hasAttribute("data-state", "reconnecting");
    assertThat(page.locator(".connection-text")).containsText("Reconnecting");
    assertThat(page.locator(".offline-banner")).isVisible();

    app.restart();
    assertThat(page.locator(".connection")).hasAttribute("data-state", "open",
        new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
    assertThat(page.locator(".offline-banner")).hasCount(0);
  }
}
