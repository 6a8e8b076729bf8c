package dev.mochi.console.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxPageTest {
  @RegisterExtension static final BrowserExtension browser = new BrowserExtension();
  static ConsoleApp app;

  @BeforeAll static void startBot() { app = ConsoleApp.start(); }

  @AfterAll static void stopBot() { if (app != null) app.close(); }

  @Test void aVirtualUserGetsTheCommandListAndALotteryReplyAndTheStatusPageCountsWithoutReloading() {
    Page owner = Steps.owner(browser, app);
    Steps.go(owner, "Status");
    long before = Long.parseLong(owner.locator("[data-test=messages-received]").innerText().replaceAll("[^0-9]", ""));

    Page chat = browser.another(owner, app.url() + "#/sandbox");
    Sandboxes.join(chat, "alice", 4);
    Sandboxes.say(chat, "help");
    assertThat(Sandboxes.repliesSinceLastSent(chat).first()).containsText("echo");
    assertThat(Sandboxes.repliesSinceLastSent(chat).first()).containsText("lottery");

    Sandboxes.say(chat, "lottery");
    assertThat(Sandboxes.repliesSinceLastSent(chat)).hasCount(1);
    assertThat(Sandboxes.repliesSinceLastSent(chat).first()).not().isEmpty();

    // The status tab was never reloaded: its count comes from pushes.
    assertThat(owner.locator("[data-test=messages-received]")).not().hasText(String.valueOf(before));
    long after = Long.parseLong(owner.locator("[data-test=messages-received]").innerText().replaceAll("[^0-9]", ""));
    assertThat(after).isGreaterThanOrEqualTo(before + 2);
  }

  @Test void aVirtualUserSpeaksInAGuildChannelAndTheirAuthorityIsChangedFromTheChatHeader() throws Exception {
    Page chat = Steps.owner(browser, app);
    Steps.go(chat, "Sandbox");
    chat.getByLabel("User id").fill("mei");
    chat.getByLabel("Where").selectOption("guild");
    chat.getByLabel("Channel id (also the guild's)").fill("c7");
    chat.getByLabel("Authority", new Page.GetByLabelOptions().setExact(true)).first().selectOption("2");
    chat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
    assertThat(chat.locator(".sandbox-chat h2")).containsText("mei");
    assertThat(chat.locator(".sandbox-chat h2")).containsText("in #c7");
    Sandboxes.say(chat, "help");
    assertThat(Sandboxes.repliesSinceLastSent(chat).first()).containsText("help");
    var channel = app.app().root().database().get("channel", Filter.and(Filter.eq("platform", "sandbox"), Filter.eq("id", "c7")));
    assertThat(channel).as("the bot met mei in guild channel c7, its own guild").hasSize(1);
    assertThat(channel.getFirst().get("guildId")).isEqualTo("c7");

    Users users = app.app().root().get(Users.class).orElseThrow();
    assertThat(users.user("sandbox", "mei").authority()).isEqualTo(2);
    chat.locator("[data-test=sandbox-authority]").selectOption("3");
    assertThat(chat.locator(".notice").filter(new Locator.FilterOptions().setHasText("mei now has authority 3."))).isVisible();
    long end = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (users.user("sandbox", "mei").authority() != 3 && System.nanoTime() < end) Thread.sleep(50);
    assertThat(users.user("sandbox", "mei").authority()).isEqualTo(3);
    // still in the same channel, and still answered there
    assertThat(chat.locator(".sandbox-chat h2")).containsText("in #c7");
    Sandboxes.say(chat, "help");
    assertThat(Sandboxes.repliesSinceLastSent(chat).first()).containsText("help");
  }
}
