package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxPageTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test void aVirtualUserGetsTheCommandListAndALotteryReplyAndTheStatusPageCountsWithoutReloading() {
    Page owner = Steps.owner(browser, app);
    Steps.go(owner, "Status");
    long before = Long.parseLong(owner.locator("[data-test=messages-received]").innerText().replaceAll("[^0-9]", ""));

    Page chat = browser.another(owner, app.url() + "#/sandbox");
    Sandboxes.join(chat, "alice", 4);
    Sandboxes.say(chat, "help");
    assertThat(Sandboxes.repliesSinceLastSent(chat).first()).containsText("echo");
    assertThat(Sandboxes.repliesSinceLastSent(chat).first()).containsText("lottery");

    Sandboxes.say(chat, "lottery");
    assertThat(Sandboxes.repliesSinceLastSent(chat)).hasCount(1);
    assertThat(Sandboxes.repliesSinceLastSent(chat).first()).not().isEmpty();

    // The status tab was never reloaded: its count comes from pushes.
    assertThat(owner.locator("[data-test=messages-received]")).not().hasText(String.valueOf(before));
    long after = Long.parseLong(owner.locator("[data-test=messages-received]").innerText().replaceAll("[^0-9]", ""));
    assertThat(after).isGreaterThanOrEqualTo(before + 2);
  }
}
