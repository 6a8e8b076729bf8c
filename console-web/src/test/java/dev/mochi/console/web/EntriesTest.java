package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.mochi.api.plugin.Plugins;
import dev.mochi.plugin.guestbook.Guestbook;
import dev.mochi.testkit.PluginJar;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Plugin pages follow the plugin's life on an open console: they come with it and go with it, without a reload. */
class EntriesTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test void aPluginsPageAppearsWithItsDataWhenItLoadsAndGoesWhenItIsDisabled() {
    Page owner = Steps.owner(browser, app);
    Locator link = owner.locator("#sidebar a[data-path='/guestbook']");
    assertThat(link).hasCount(0);

    Plugins plugins = app.app().root().get(Plugins.class).orElseThrow();
    Path jar = PluginJar.of("guestbook", Guestbook.class).build(app.scratch("jars"));
    plugins.install(jar);
    assertThat(link).hasText("Guestbook");
    link.click();
    // The page is drawn once its data service has arrived: an empty guestbook, in words.
    assertThat(owner.locator("[data-test=guestbook]")).containsText("Nobody has signed yet.");

    // ctx.send rejects with the server's code and message; the page shows them.
    Object refused = Steps.withClient(owner,
        "try { await m.send('guestbook.clear', {}); return 'ran' } catch (e) { return e.code + ': ' + e.message }");
    org.assertj.core.api.Assertions.assertThat(refused).isEqualTo("request_invalid: Say {confirm: true} to clear the guestbook");
    Object unknown = Steps.withClient(owner,
        "try { await m.send('guestbook.nothing'); return 'ran' } catch (e) { return e.code }");
    org.assertj.core.api.Assertions.assertThat(unknown).isEqualTo("not_found");
    owner.getByText("Clear the guestbook").click();
    assertThat(owner.locator(".card [role=alert]")).hasCount(0);

    plugins.disable("guestbook");
    assertThat(link).hasCount(0);
    assertThat(owner.locator("main")).containsText("No such page");

    plugins.enable("guestbook");
    assertThat(link).hasText("Guestbook");
    link.click();
    assertThat(owner.locator("[data-test=guestbook]")).containsText("Nobody has signed yet.");
  }

  @Test void aPageWaitsForItsDataAndSaysWhichIsMissing() {
    Page owner = Steps.owner(browser, app);
    Steps.withClient(owner, """
        m.addPage({ name: 'Needs data', path: '/needs-data', fields: ['not-there-yet'], authority: 1,
                    component: { template: '<p data-test=drawn>drawn</p>' } }, 'test')""");
    owner.locator("#sidebar a[data-path='/needs-data']").click();
    assertThat(owner.locator(".page-waiting")).containsText("Waiting for data from the bot: not-there-yet");
    assertThat(owner.locator("[data-test=drawn]")).hasCount(0);
    Steps.withClient(owner, "m.store['not-there-yet'] = 1");
    assertThat(owner.locator("[data-test=drawn]")).hasText("drawn");
  }
}
