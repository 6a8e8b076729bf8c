package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What a person does in the console, step by step, shared by the browser tests. */
final class Steps {
  static final String OWNER = "owner";
  static final String PASSWORD = "correct horse battery";

  private Steps() {}

  /** Opens the one-time setup link and creates the owner; ends on the first page, logged in. */
  static Page setUpOwner(BrowserExtension browser, ConsoleApp app) {
    app.markOwnerSetUp();
    Page page = browser.open(app.setupLink());
    page.getByLabel("Name").fill(OWNER);
    page.getByLabel("Password (at least 8 characters)").fill(PASSWORD);
    page.getByLabel("Repeat the password").fill(PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the owner")).click();
    assertThat(page.locator(".who")).containsText(OWNER);
    return page;
  }

  /**
   * A page logged in as the owner: the first call on an app sets the owner up from the one-time link, later ones
   * log in with the password (so the tests of a class do not depend on their order).
   */
  static Page owner(BrowserExtension browser, ConsoleApp app) {
    if (!app.ownerSetUp()) return setUpOwner(browser, app);
    Page page = browser.open(app.url());
    logIn(page, OWNER, PASSWORD);
    assertThat(page.locator(".who")).containsText(OWNER);
    return page;
  }

  /** Logs in with name and password on the login form the page shows. */
  static void logIn(Page page, String name, String password) {
    page.getByLabel("Name").fill(name);
    page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
  }

  /** Opens a page from the sidebar. */
  static void go(Page page, String name) {
    page.locator("#sidebar").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(name).setExact(true)).click();
    assertThat(page.locator("main .page, main .page-waiting").first()).isVisible();
  }

  /** Evaluates a script in the page with the console's client module as {@code m} ({@code m.store}, {@code m.send}). */
  static Object withClient(Page page, String body) {
    return page.evaluate("async () => { const m = await import('mochi'); " + body + " }");
  }
}
