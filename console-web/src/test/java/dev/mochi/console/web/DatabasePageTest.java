package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.mochi.api.data.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabasePageTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test void theUserTableIsFilteredSortedAndARowEdited() {
    Chat.say(app, "gina", "help");
    Chat.say(app, "hank", "help");
    Page owner = Steps.owner(browser, app);
    Steps.go(owner, "Database");
    Locator tables = owner.locator("[data-test=db-table] option");
    assertThat(tables.filter(new Locator.FilterOptions().setHasText("binding"))).hasCount(1);
    assertThat(tables.allTextContents()).as("the tables resources.list names, never the login tables")
        .contains("user", "binding", "channel").doesNotContain("console_login", "console_token");
    owner.locator("[data-test=db-table]").selectOption("user");
    Locator rows = owner.locator("main tbody tr");
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("gina"))).hasCount(1);

    owner.getByLabel("Filter").fill("{\"name\": {\"$eq\": \"hank\"}}");
    owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
    assertThat(rows).hasCount(1);
    assertThat(rows.first()).containsText("hank");

    owner.getByLabel("Filter").fill("{\"name\": {\"$in\": [\"gina\", \"hank\"]}}");
    owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
    assertThat(rows).hasCount(2);
    Locator nameHeader = owner.locator("main thead").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("name").setExact(true));
    nameHeader.click();
    assertThat(rows.first()).containsText("gina");
    nameHeader.click();
    assertThat(rows.first()).containsText("hank");

    owner.getByLabel("Filter").fill("{\"name\": {\"$bogus\": 1}}");
    owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
    assertThat(owner.locator("main [role=alert]")).isVisible();

    owner.getByLabel("Filter").fill("{\"name\": {\"$eq\": \"hank\"}}");
    owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
    rows.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit")).click();
    rows.first().getByLabel("name").fill("Hank the Tank");
    rows.first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
    assertThat(owner.locator(".notice").filter(new Locator.FilterOptions().setHasText("Saved the row."))).isVisible();

    Users users = app.app().root().get(Users.class).orElseThrow();
    assertThat(users.search("Hank the Tank", 5)).extracting(u -> u.name()).contains("Hank the Tank");
  }

  @Test void aTableLongerThanAPageIsReadPageByPage() {
    var db = app.app().root().database();
    for (int i = 1; i <= 23; i++) db.create("user", java.util.Map.of("name", String.format("pager-%02d", i)));
    Page owner = Steps.owner(browser, app);
    Steps.go(owner, "Database");
    owner.locator("[data-test=db-table]").selectOption("user");
    owner.getByLabel("Filter").fill("{\"name\": {\"$startsWith\": \"pager-\"}}");
    owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
    Locator rows = owner.locator("main tbody tr");
    Locator pager = owner.locator("main .pager");
    assertThat(rows).hasCount(20);
    assertThat(pager).containsText("Page 1 of 2");
    assertThat(pager).containsText("23");
    Locator next = pager.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Next"));
    next.click();
    assertThat(rows).hasCount(3);
    assertThat(pager).containsText("Page 2 of 2");
    assertThat(rows.first()).containsText("pager-21");
    assertThat(next).isDisabled();
    pager.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Previous")).click();
    assertThat(rows).hasCount(20);
    assertThat(rows.first()).containsText("pager-01");
  }
}
