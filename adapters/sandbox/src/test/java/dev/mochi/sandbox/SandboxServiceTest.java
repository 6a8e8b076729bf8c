package dev.mochi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.command.Invocation;
import dev.mochi.api.message.Message;
import dev.mochi.api.sandbox.Sandbox;
import dev.mochi.api.sandbox.SandboxUser;
import dev.mochi.api.sandbox.VirtualUser;
import dev.mochi.plugin.echo.Echo;
import dev.mochi.plugin.help.Help;
import dev.mochi.testkit.MochiTest;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Sandbox service, as a console page uses it: virtual users speak through the whole pipeline and hear the bot. */
class SandboxServiceTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .plugin(new SandboxAdapter(), SandboxAdapter.Config.defaults())
      .plugin(new Help(), null)
      .plugin(new Echo(), null);

  /** A page-like plugin (dev.mochi.api only) that lets virtual users join while the Sandbox service is there. */
  static final class Page implements Plugin<Void> {
    Sandbox sandbox;

    @Override public String name() { return "page"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.inject(Sandbox.class, s -> sandbox = s);
      ctx.command("whoami").authority(4).action((argv, s) -> s.author() + " " + s.userId() + " in " + s.channelId());
    }

    /** Joins {@code user}; what the bot sends to their chat lands in {@code heard} as plain text. */
    SandboxUser join(VirtualUser user, List<String> heard) {
      return sandbox.join(user, m -> heard.add(m.plainText()));
    }
  }

  private static void sent(SandboxUser user, String content) {
    user.send(content).toCompletableFuture().join();
  }

  @Test void aVirtualUserSendsHelpAndReceivesTheListOfCommands() {
    Page page = new Page();
    mochi.app().plugin(page, (Void) null);
    List<String> heard = new CopyOnWriteArrayList<>();
    SandboxUser olga = page.join(VirtualUser.direct("olga").withName("Olga").withAuthority(4), heard);

    sent(olga, "help");

    assertThat(heard).hasSize(1);
    assertThat(heard.getFirst()).startsWith("Available commands:").contains("echo", "help", "whoami");
    sent(olga, "whoami");
    assertThat(heard.get(1)).isEqualTo("Olga olga in private:olga");
    assertThat(page.sandbox.users()).extracting(VirtualUser::id).containsExactly("olga");
    assertThat(olga.channelId()).isEqualTo("private:olga");
  }

  @Test void everyoneInAGuildChannelHearsTheBotAndAnInteractionRunsTheSameCommandWithTheSameChecks() {
    Page page = new Page();
    mochi.app().plugin(page, (Void) null);
    List<String> ann = new CopyOnWriteArrayList<>();
    List<String> ben = new CopyOnWriteArrayList<>();
    List<String> elsewhere = new CopyOnWriteArrayList<>();
    SandboxUser a = page.join(VirtualUser.inChannel("ann", "g1"), ann);
    page.join(VirtualUser.inChannel("ben", "g1"), ben);
    page.join(VirtualUser.inChannel("cat", "g2"), elsewhere);

    sent(a, "echo a &lt; b");
    a.interact(Invocation.of("echo").arg("message", Message.text("from a slash command").toString()))
        .toCompletableFuture().join();
    sent(a, "whoami");

    // whoami needs authority 4: ann has the default 1, and the refusal reaches the channel like any reply.
    assertThat(ann).containsExactly("a < b", "from a slash command", "Insufficient authority.");
    assertThat(ben).isEqualTo(ann);
    assertThat(elsewhere).isEmpty();
  }

  @Test void aUserWhoLeftCannotSendAndHearsNothingMore() {
    Page page = new Page();
    mochi.app().plugin(page, (Void) null);
    List<String> heard = new CopyOnWriteArrayList<>();
    SandboxUser dan = page.join(VirtualUser.direct("dan"), heard);
    dan.dispose();

    assertThatThrownBy(() -> sent(dan, "help")).isInstanceOf(CompletionException.class).hasMessageContaining("has left");
    assertThat(page.sandbox.users()).isEmpty();
    assertThat(heard).isEmpty();
  }
}
