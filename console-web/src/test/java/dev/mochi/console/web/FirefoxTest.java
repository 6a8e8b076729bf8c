package dev.mochi.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The web client in Firefox (Debian's firefox-esr, driven over WebDriver BiDi; see {@link Firefox}): the import map,
 * the ES modules, Vue and the socket work there as in Chromium. The owner is set up from the one-time link, the
 * sidebar shows the built-in pages, and a virtual user on the sandbox page gets the command list for {@code help}, and the status page counts it
 * and draws its charts.
 * Skipped with a printed reason when no Firefox is installed ({@code .ci/run} installs firefox-esr).
 */
@Timeout(180)
class FirefoxTest {
  private static final List<String> PAGES = List.of("Status", "Sandbox", "Plugins", "Logs", "Commands", "Database",
      "Users", "Account");

  static ConsoleApp app;
  static Firefox firefox;

  @BeforeAll static void start() throws Exception {
    Path executable = Firefox.find().orElse(null);
    if (executable == null) System.out.println("Firefox test skipped: neither firefox-esr nor firefox is on the PATH");
    Assumptions.assumeTrue(executable != null, "neither firefox-esr nor firefox is on the PATH");
    app = ConsoleApp.start();
    firefox = new Firefox(executable);
  }

  @AfterAll static void stop() {
    if (firefox != null) firefox.close();
    if (app != null) app.close();
  }

  @Test void theOwnerSetsUpSeesTheBuiltInPagesAndAVirtualUserGetsHelp() throws Exception {
    try {
      firefox.navigate(app.setupLink());
      firefox.await("document.getElementById('setup-name') ? 'form' : ''", "form"::equals, "the setup form is shown");
      fill("setup-name", Steps.OWNER);
      fill("setup-password", Steps.PASSWORD);
      fill("setup-repeat", Steps.PASSWORD);
      firefox.eval("document.getElementById('setup-name').form.requestSubmit()");
      firefox.await("document.querySelector('.who')?.textContent ?? ''", t -> t.contains(Steps.OWNER),
          "the header shows the owner logged in");

      String sidebar = firefox.await("[...document.querySelectorAll('#sidebar a')].map(a => a.textContent.trim()).join('|')",
          t -> PAGES.stream().allMatch(p -> List.of(t.split("\\|")).contains(p)), "the sidebar lists the built-in pages");
      assertThat(sidebar.split("\\|")).containsAll(PAGES);

      firefox.eval("[...document.querySelectorAll('#sidebar a')].find(a => a.textContent.trim() === 'Sandbox').click()");
      firefox.await("document.getElementById('sb-id') ? 'page' : ''", "page"::equals, "the sandbox page is shown");
      fill("sb-id", "alice");
      firefox.eval("document.getElementById('sb-id').form.requestSubmit()");
      firefox.await("document.querySelector('.sandbox-chat h2')?.textContent ?? ''", t -> t.contains("alice"),
          "alice is joined and selected");
      fill("sb-text", "help");
      firefox.eval("document.getElementById('sb-text').form.requestSubmit()");
      String reply = firefox.await(
          "[...document.querySelectorAll('.transcript .msg-bot .msg-text')].map(e => e.textContent).join('\\n')",
          t -> t.contains("echo") && t.contains("lottery"), "the bot's reply to help lists echo and lottery");
      assertThat(reply).contains("Available commands");
      firefox.await("document.querySelector('.transcript .msg-me')?.dataset.state ?? ''", "handled"::equals,
          "alice's message is marked handled");

      firefox.eval("[...document.querySelectorAll('#sidebar a')].find(a => a.textContent.trim() === 'Status').click()");
      firefox.await("document.querySelector('[data-test=messages-received]')?.textContent.replace(/[^0-9]/g, '') ?? ''",
          t -> !t.isEmpty() && Long.parseLong(t) >= 1, "the status page counts alice's message");
      firefox.await("String(document.querySelectorAll('main canvas').length)", t -> Integer.parseInt(t) > 0,
          "the status page draws its charts (uPlot canvases)");
    } catch (Throwable failure) {
      Path dir = Files.createDirectories(Path.of("target", "browser-screenshots"));
      Path shot = dir.resolve("firefox-" + getClass().getSimpleName() + ".png");
      try {
        Files.write(shot, firefox.screenshot());
        System.out.println("screenshot of the failed test: " + shot.toAbsolutePath());
      } catch (Exception | AssertionError e) {
        failure.addSuppressed(e);
      }
      throw failure;
    }
  }

  /** Types {@code value} into the input {@code id} as a person would: the value, then the input event Vue listens to. */
  private static void fill(String id, String value) throws Exception {
    String js = "(() => { const e = document.getElementById(" + quote(id) + "); if (!e) return 'missing';"
        + " e.focus(); e.value = " + quote(value) + "; e.dispatchEvent(new Event('input', { bubbles: true }));"
        + " return 'ok'; })()";
    assertThat(firefox.eval(js)).as("the field #%s exists", id).isEqualTo("ok");
  }

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
