package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bot restarts under an open page: the page says it is reconnecting, hides what it showed, then shows fresh data. */
class RestartTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test void aRestartedBotIsReconnectedToAndThePageShowsFreshData() {
    browser.allowErrors("WebSocket connection to .* failed");
    Page owner = Steps.owner(browser, app);
    Steps.go(owner, "Status");
    Chat.say(app, "erin", "help");
    assertThat(owner.locator("[data-test=messages-received]")).hasText("1");

    app.stop();
    assertThat(owner.locator(".connection")).hasAttribute("data-state", "reconnecting");
    assertThat(owner.locator(".offline-banner")).containsText("Reconnecting");
    // No stale numbers while the bot is away: the page waits for its data again.
    assertThat(owner.locator(".page-waiting")).isVisible();
    assertThat(owner.locator("[data-test=messages-received]")).hasCount(0);

    app.restart();
    LocatorAssertions.HasAttributeOptions patient = new LocatorAssertions.HasAttributeOptions().setTimeout(30_000);
    assertThat(owner.locator(".connection")).hasAttribute("data-state", "open", patient);
    assertThat(owner.locator(".who")).containsText(Steps.OWNER);
    // A fresh process: its counters start again from nothing, and so does the page.
    assertThat(owner.locator("[data-test=messages-received]")).hasText("0");
    Chat.say(app, "erin", "help");
    assertThat(owner.locator("[data-test=messages-received]")).hasText("1");
  }
}
