package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The console at a phone's width and from the keyboard alone. */
class LayoutTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;
  static final List<String> PAGES = List.of("status", "sandbox", "plugins", "logs", "commands", "database", "users", "account");

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test void everyBuiltInPageFitsAPhonesWidthWithTheMenuFolded() {
    Page laptop = Steps.owner(browser, app);
    Page phone = browser.another(laptop, app.url());
    phone.setViewportSize(390, 800);
    for (String path : PAGES) {
      phone.navigate(app.url() + "#/" + path);
      assertThat(phone.locator("main [data-page='/" + path + "']")).hasCount(1);
      Object overflow = phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
      assertThat(((Number) overflow).intValue()).as("horizontal overflow of /%s at 390 px", path).isLessThanOrEqualTo(0);
    }
    // The sidebar is folded away and the menu button opens it.
    assertThat(phone.locator("#sidebar")).not().isVisible();
    phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pages")).click();
    assertThat(phone.locator("#sidebar")).isVisible();
    phone.locator("#sidebar a[data-path='/commands']").click();
    assertThat(phone.locator("#sidebar")).not().isVisible();
    assertThat(phone.locator("main [data-page='/commands']")).hasCount(1);
  }

  @Test void thePagesCanBeReachedWithTheKeyboardAlone() {
    Page page = Steps.owner(browser, app);
    page.locator("body").focus();
    boolean reached = false;
    for (int i = 0; i < 30 && !reached; i++) {
      page.keyboard().press("Tab");
      reached = Boolean.TRUE.equals(page.evaluate("() => document.activeElement?.dataset?.path === '/account'"));
    }
    assertThat(reached).as("the Account link is reached with Tab").isTrue();
    page.keyboard().press("Enter");
    assertThat(page.locator("main [data-page='/account']")).hasCount(1);
    assertThat(page).hasURL(java.util.regex.Pattern.compile("#/account$"));
  }
}
