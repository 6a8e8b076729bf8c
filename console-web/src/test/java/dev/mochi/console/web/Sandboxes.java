package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The sandbox page, as a person uses it: join as a virtual user, say something, read the bot's replies. */
final class Sandboxes {
  private Sandboxes() {}

  /** Adds a virtual user in a private chat with the given authority and selects them. */
  static void join(Page page, String id, int authority) {
    page.getByLabel("User id").fill(id);
    page.getByLabel("Authority", new Page.GetByLabelOptions().setExact(true)).first().selectOption(String.valueOf(authority));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
    assertThat(page.locator(".sandbox-chat h2")).containsText(id);
  }

  /** Sends a message as the selected user and waits until the bot has handled it (its replies have arrived). */
  static void say(Page page, String text) {
    // Counted among the user's own messages: a reply to the previous message may still arrive after the count (the
    // bot answers a send once it has taken the message, and its replies come as pushes), and would shift any index
    // taken over all messages.
    Locator own = page.locator(".transcript .msg-me");
    int before = own.count();
    page.getByLabel("Message").fill(text);
    page.getByLabel("Message").press("Enter");
    Locator mine = own.nth(before);
    assertThat(mine.locator(".msg-text")).hasText(text);
    assertThat(mine).hasAttribute("data-state", "handled");
  }

  /**
   * Sends {@code text} and proves the bot did not answer it: the user's messages are handled one at a time, in order,
   * so once the reply to a following {@code help} has arrived, any reply to {@code text} would have arrived before it.
   */
  static void sayAndExpectNoReply(Page page, String text) {
    Locator bot = page.locator(".transcript .msg-bot");
    int before = bot.count();
    say(page, text);
    say(page, "help");
    assertThat(bot.nth(before)).containsText("help");
    assertThat(bot).hasCount(before + 1);
  }

  /** The bot's messages after the last message the user sent. */
  static Locator repliesSinceLastSent(Page page) {
    return page.locator(".transcript .msg-me").last()
        .locator("xpath=following-sibling::li[contains(@class, 'msg-bot')]").locator(".msg-text");
  }
}
