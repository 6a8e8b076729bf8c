package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.mochi.api.data.UserSummary;
import dev.mochi.api.data.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UsersPageTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test void anOwnerFindsAChatUserAndSetsTheirAuthorityOnlyBelowTheirOwn() {
    Chat.say(app, "frank", "help");
    Page owner = Steps.owner(browser, app);
    Steps.go(owner, "Users");
    owner.getByPlaceholder("Search by name or id").fill("frank");
    owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
    Locator row = owner.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("sandbox:frank"));
    assertThat(row).hasCount(1);

    Locator authority = row.getByLabel("Authority of frank");
    // The owner (5) may give 0 to 4, never their own authority or more.
    assertThat(authority.locator("option")).hasText(new String[] {"0", "1", "2", "3", "4"});
    authority.selectOption("3");
    assertThat(owner.locator(".notice").filter(new Locator.FilterOptions().setHasText("frank now has authority 3"))).isVisible();

    Users users = app.app().root().get(Users.class).orElseThrow();
    UserSummary frank = users.search("frank", 5).stream().filter(u -> u.accounts().contains("sandbox:frank")).findFirst().orElseThrow();
    assertThat(frank.authority()).isEqualTo(3);

    // The owner's own row cannot be changed from here, and the server refuses it all the same.
    browser.allowErrors("forbidden");
    Object refused = Steps.withClient(owner, "try { await m.send('users.authority', {id: " + frank.id() + ", authority: 5}); return 'ran' }"
        + " catch (e) { return e.code }");
    assertThat(refused).isEqualTo("forbidden");
    assertThat(users.find(frank.id()).orElseThrow().authority()).isEqualTo(3);
  }

  @Test void revokingAUsersSessionsLogsTheirBrowserOutAtOnce() {
    Page owner = Steps.owner(browser, app);
    Page gus = browser.open(app.url());
    gus.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Code from chat")).click();
    Locator code = gus.locator("[data-test=login-code]");
    assertThat(code).hasText(java.util.regex.Pattern.compile("\\d{6}"));
    Chat.say(app, "gus", code.innerText().strip());
    assertThat(gus.locator(".who")).isVisible();

    Steps.go(owner, "Users");
    owner.getByPlaceholder("Search by name or id").fill("gus");
    owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
    Locator row = owner.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("sandbox:gus"));
    row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke sessions")).click();
    assertThat(owner.locator(".notice").filter(new Locator.FilterOptions().setHasText("Revoked the console sessions of gus."))).isVisible();
    assertThat(gus.locator(".login")).containsText("This session was revoked.");
    assertThat(gus.locator(".who")).hasCount(0);
    assertThat(owner.locator(".who")).isVisible();   // the owner's own session lives on
  }
}
