package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.mochi.api.plugin.Plugins;
import dev.mochi.testkit.PluginJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LogsPageTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test void newLinesStreamInAndCanBeFilteredByLevelAndPluginWithTheirExceptionOpenable() {
    Page owner = Steps.owner(browser, app);
    Steps.go(owner, "Logs");
    Locator lines = owner.locator("[data-test=log-lines] .log-line");
    assertThat(lines.first()).isVisible();

    // A plugin that logs a warning with an exception when it starts, installed while the page is open.
    PluginJar noisy = PluginJar.id("noisy").source("demo.Noisy", """
        package demo;
        @org.pf4j.Extension
        public final class Noisy implements dev.mochi.api.Plugin<Void> {
          public String name() { return "noisy"; }
          public void apply(dev.mochi.api.Context ctx, Void config) {
            ctx.logger().warn("the noisy plugin complains", new IllegalStateException("kaput in the noisy plugin"));
          }
        }""");
    app.app().root().get(Plugins.class).orElseThrow().install(noisy.build(app.scratch("jars")));
    Locator complaint = lines.filter(new Locator.FilterOptions().setHasText("the noisy plugin complains"));
    assertThat(complaint).hasCount(1);

    owner.locator("[data-test=log-level]").selectOption("WARN");
    owner.locator("[data-test=log-plugin]").selectOption("noisy");
    assertThat(lines).hasCount(1);
    assertThat(complaint.locator(".trace")).not().isVisible();
    complaint.locator("summary").click();
    assertThat(complaint.locator(".trace")).containsText("kaput in the noisy plugin");

    owner.locator("[data-test=log-level]").selectOption("ERROR");
    assertThat(lines).hasCount(0);
  }
}
