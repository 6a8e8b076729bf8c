package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PluginsPageTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  static Locator plugin(Page page, String id) { return page.locator(".plugin[data-plugin='" + id + "']"); }

  static void click(Locator scope, String button) {
    scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button).setExact(true)).click();
  }

  @Test void disablingEchoSilencesItInTheSandboxAndEnablingBringsItBack() {
    Page owner = Steps.owner(browser, app);
    Page chat = browser.another(owner, app.url() + "#/sandbox");
    Sandboxes.join(chat, "alice", 4);
    Sandboxes.say(chat, "echo before");
    assertThat(Sandboxes.repliesSinceLastSent(chat)).hasText(new String[] {"before"});

    Steps.go(owner, "Plugins");
    click(plugin(owner, "echo"), "Disable");
    assertThat(plugin(owner, "echo").locator(".badge")).hasText("disabled");
    Sandboxes.sayAndExpectNoReply(chat, "echo hi");

    click(plugin(owner, "echo"), "Enable");
    assertThat(plugin(owner, "echo").locator(".badge")).hasText("active");
    Sandboxes.say(chat, "echo hi");
    assertThat(Sandboxes.repliesSinceLastSent(chat)).hasText(new String[] {"hi"});
  }

  @Test void theConfigurationFormChecksValuesShowsTheServersFieldErrorsAndTheNewValueTakesEffectInChat() {
    Page owner = Steps.owner(browser, app);
    Steps.go(owner, "Plugins");
    Locator lottery = plugin(owner, "lottery");
    click(lottery, "Configure");
    Locator form = lottery.locator(".schema-form");
    Locator cost = form.locator("[data-path='cost'] input");

    // Checked in the browser: nothing is sent.
    cost.fill("1.5");
    click(form, "Save");
    assertThat(form.locator("[data-path='cost'] .field-error")).hasText("Must be a whole number.");

    // Refused by the server, shown at the field it names.
    cost.fill("99999999999");
    click(form, "Save");
    assertThat(form.locator("[data-path='cost'] .field-error")).isVisible();
    assertThat(form.locator("[data-path='cost'] .field-error")).not().hasText("Must be a whole number.");

    cost.fill("1");
    Locator prizes = form.locator("[data-path='prizes']");
    while (prizes.locator(".list-item").count() > 1) click(prizes.locator(".list-item").last(), "Remove");
    prizes.locator(".list-item input").first().fill("mochi cake");
    click(form, "Save");
    assertThat(owner.locator(".notice").filter(new Locator.FilterOptions().setHasText("Saved the configuration of lottery"))).isVisible();

    Page chat = browser.another(owner, app.url() + "#/sandbox");
    Sandboxes.join(chat, "carol", 1);
    Sandboxes.say(chat, "daily");
    Sandboxes.say(chat, "lottery");
    assertThat(Sandboxes.repliesSinceLastSent(chat)).containsText(new String[] {"mochi cake"});
  }
}
