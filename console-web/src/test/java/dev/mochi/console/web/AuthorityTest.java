package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.mochi.api.sandbox.Sandbox;
import dev.mochi.api.sandbox.SandboxUser;
import dev.mochi.api.sandbox.VirtualUser;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A user of authority 1, logged in with a code sent from chat, sees neither the plugins page nor its data. */
class AuthorityTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test void anAuthorityOneUserSeesNeitherThePluginsPageNorItsDataAndADirectSendIsRefused() throws Exception {
    Steps.owner(browser, app).close();

    Page page = browser.open(app.url());
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Code from chat")).click();
    String code = page.locator("[data-test=login-code]").innerText().strip();
    assertThat(code).matches("\\d{6}");

    Sandbox sandbox = app.app().root().get(Sandbox.class).orElseThrow();
    SandboxUser bob = sandbox.join(VirtualUser.direct("bob").withAuthority(1), reply -> {});
    try {
      bob.send(code).toCompletableFuture().get(30, TimeUnit.SECONDS);   // from bob's chat account
    } finally {
      bob.dispose();
    }

    assertThat(page.locator(".who")).containsText("· 1");
    assertThat(page.locator("#sidebar a")).containsText(new String[] {"Status", "Commands", "Account"});
    assertThat(page.locator("#sidebar a[data-path='/plugins']")).hasCount(0);

    page.navigate(app.url() + "#/plugins");
    assertThat(page.locator("main [role=alert]")).containsText("This page needs authority 4; you have 1.");
    assertThat(Steps.withClient(page, "return 'plugins' in m.store || 'logs' in m.store || 'sandbox' in m.store")).isEqualTo(false);
    assertThat(Steps.withClient(page, "return Object.keys(m.store).includes('bots')")).isEqualTo(true);

    browser.allowErrors("forbidden");
    Object refusal = Steps.withClient(page,
        "try { await m.send('plugins.disable', {id: 'echo'}); return 'ran' } catch (e) { return e.code }");
    assertThat(refusal).isEqualTo("forbidden");
    assertThat(app.app().root().get(dev.mochi.api.plugin.Plugins.class).orElseThrow().find("echo").orElseThrow().active()).isTrue();
  }
}
