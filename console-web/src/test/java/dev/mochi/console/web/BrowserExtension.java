package dev.mochi.console.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Drives the system's Chromium through Playwright for the browser tests: one browser per test class, a fresh context
 * (its own storage: nobody is logged in) per test. Every error the pages write to the browser console, and every
 * uncaught exception, fails the test after it ran. When a test fails, each of its pages is photographed into
 * {@code target/browser-screenshots/} (kept as the test's artifact). Without a Chromium the tests are skipped with
 * the reason printed; {@link Chromium} says where it looks.
 */
final class BrowserExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  static final Path SCREENSHOTS = Path.of(System.getProperty("mochi.screenshots", "target/browser-screenshots"));
  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
      "--disable-dev-shm-usage", "--lang=en-US");

  private Playwright playwright;
  private Browser browser;
  private final List<BrowserContext> contexts = new ArrayList<>();
  private final List<Page> pages = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();
  private final List<Pattern> allowed = new ArrayList<>();

  @Override public void beforeAll(ExtensionContext context) {
    Optional<Path> chromium = Chromium.find();
    if (chromium.isEmpty()) {
      String reason = "browser tests skipped: " + Chromium.notFound();
      System.err.println(reason);
      Assumptions.assumeTrue(false, reason);
    }
    // Pushes such as the bots' counters come every few seconds, and the machine may be busy: wait up to 20 s.
    PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(chromium.get()).setHeadless(true).setArgs(FLAGS));
  }

  @Override public void afterAll(ExtensionContext context) {
    if (browser != null) browser.close();
    if (playwright != null) playwright.close();
    browser = null;
    playwright = null;
  }

  @Override public void beforeEach(ExtensionContext context) {
    errors.clear();
    allowed.clear();
  }

  @Override public void afterEach(ExtensionContext context) {
    try {
      if (context.getExecutionException().isPresent()) screenshots(context.getRequiredTestMethod().getName());
    } finally {
      List<String> unexpected;
      synchronized (errors) {
        unexpected = errors.stream().filter(e -> allowed.stream().noneMatch(p -> p.matcher(e).find())).toList();
      }
      for (BrowserContext c : contexts) c.close();
      contexts.clear();
      pages.clear();
      if (context.getExecutionException().isEmpty() && !unexpected.isEmpty()) {
        throw new AssertionError("The browser console showed errors:\n  " + String.join("\n  ", unexpected));
      }
    }
  }

  private void screenshots(String test) {
    try {
      Files.createDirectories(SCREENSHOTS);
      for (int i = 0; i < pages.size(); i++) {
        Page p = pages.get(i);
        if (p.isClosed()) continue;
        Path file = SCREENSHOTS.resolve(test + (pages.size() > 1 ? "-" + (i + 1) : "") + ".png");
        p.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        System.err.println("screenshot of the failed test: " + file.toAbsolutePath());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      System.err.println("could not take a screenshot: " + e.getMessage());
    }
  }

  /** A page in a new context (its own storage) at {@code width} × {@code height}. */
  Page open(String url, int width, int height) {
    BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"));
    contexts.add(c);
    Page page = c.newPage();
    watch(page);
    page.navigate(url);
    return page;
  }

  /** A page in a new context, laptop-sized. */
  Page open(String url) { return open(url, 1280, 860); }

  /** Another page in the same context as {@code page} (same storage, so the same login). */
  Page another(Page page, String url) {
    Page second = page.context().newPage();
    watch(second);
    second.navigate(url);
    return second;
  }

  /** Browser console errors matching {@code regex} are expected in this test (a refused request logged on purpose). */
  void allowErrors(String regex) { allowed.add(Pattern.compile(regex)); }

  private void watch(Page page) {
    pages.add(page);
    page.onConsoleMessage(m -> {
      if ("error".equals(m.type())) record("console: " + m.text());
    });
    page.onPageError(e -> record("uncaught: " + e));
  }

  private void record(String error) {
    synchronized (errors) {
      errors.add(error);
    }
  }
}
