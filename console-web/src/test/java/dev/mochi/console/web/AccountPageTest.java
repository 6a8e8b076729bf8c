package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.mochi.api.data.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Account page: bind a chat account by code, sessions listed and revoked, the password changed. */
class AccountPageTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  static void press(Page page, String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
  }

  @Test void anOwnerSeesAndRevokesAnotherSessionAndAPasswordChangeEndsEveryOtherSession() {
    Page laptop = Steps.owner(browser, app);
    Page phone = browser.open(app.url(), 390, 800);
    Steps.logIn(phone, Steps.OWNER, Steps.PASSWORD);
    assertThat(phone.locator(".who")).hasCount(1);

    Steps.go(laptop, "Account");
    // a chat account is bound by saying the code the page shows to the bot from that account
    press(laptop, "Get a code");
    Locator code = laptop.locator("[data-test=bind-code]");
    assertThat(code).hasText(java.util.regex.Pattern.compile("\\d{6}"));
    Chat.say(app, "kai", code.textContent().strip());
    assertThat(laptop.locator(".notice").filter(new Locator.FilterOptions().setHasText("Bound sandbox:kai"))).isVisible();
    assertThat(code).hasCount(0);
    Users users = app.app().root().get(Users.class).orElseThrow();
    org.assertj.core.api.Assertions.assertThat(users.find(users.user("sandbox", "kai").id()).orElseThrow().name())
        .as("kai's messages are the owner's now").isEqualTo(Steps.OWNER);
    Locator sessions = laptop.locator(".card").filter(new Locator.FilterOptions().setHasText("Sessions")).locator("tbody tr");
    assertThat(sessions).hasCount(2);
    assertThat(sessions.filter(new Locator.FilterOptions().setHasText("this session"))).hasCount(1);

    sessions.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke")).click();
    assertThat(sessions).hasCount(1);
    // The phone is told at once and is back at the login form, with the reason.
    assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
    assertThat(phone.locator(".login")).containsText("This session was revoked.");

    laptop.getByLabel("Current password").fill("not my password");
    laptop.getByLabel("New password (at least 8 characters)").fill("a new password");
    laptop.getByLabel("Repeat the password").fill("a new password");
    press(laptop, "Change the password");
    assertThat(laptop.locator(".card [role=alert]")).isVisible();
    assertThat(laptop.locator(".who")).containsText(Steps.OWNER);

    Steps.logIn(phone, Steps.OWNER, Steps.PASSWORD);
    assertThat(phone.locator(".who")).containsText(Steps.OWNER);
    laptop.getByLabel("Current password").fill(Steps.PASSWORD);
    laptop.getByLabel("New password (at least 8 characters)").fill("a new password");
    laptop.getByLabel("Repeat the password").fill("a new password");
    press(laptop, "Change the password");
    // the phone's session ends; the laptop, which changed it, stays logged in on the new token, even after a reload
    assertThat(phone.locator(".login")).containsText("The password was changed.");
    assertThat(laptop.locator(".notice").filter(new Locator.FilterOptions().setHasText("Password changed"))).isVisible();
    assertThat(laptop.locator(".who")).containsText(Steps.OWNER);
    assertThat(sessions).hasCount(1);
    assertThat(sessions.filter(new Locator.FilterOptions().setHasText("this session"))).hasCount(1);
    laptop.reload();
    assertThat(laptop.locator(".who")).containsText(Steps.OWNER);
    assertThat(laptop.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Account").setExact(true))).isVisible();

    Steps.logIn(phone, Steps.OWNER, Steps.PASSWORD);
    assertThat(phone.locator(".login .field-error")).isVisible();
    Steps.logIn(phone, Steps.OWNER, "a new password");
    assertThat(phone.locator(".who")).containsText(Steps.OWNER);
  }
}
