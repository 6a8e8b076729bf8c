package dev.mochi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.adapter.Inbound;
import dev.mochi.api.data.UserData;
import dev.mochi.api.message.Message;
import dev.mochi.core.App;
import dev.mochi.plugin.admin.Admin;
import dev.mochi.plugin.echo.Echo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assign} is enforced the way Koishi does it: once a channel is assigned to another bot, this bot leaves the
 * channel's messages alone unless it is mentioned first, and that holds after a restart (the assignee is the
 * channel's data).
 */
class AssignmentTest {
  @TempDir Path dir;

  /** A bot of platform {@code mock} that keeps what it sends. */
  static final class Recorder implements Bot {
    final List<String> sent = new CopyOnWriteArrayList<>();

    @Override public String platform() { return "mock"; }

    @Override public String selfId() { return "mochi"; }

    @Override public BotStatus status() { return BotStatus.ONLINE; }

    @Override public CompletionStage<List<String>> sendMessage(String channelId, Message message) {
      sent.add(message.toString());
      return CompletableFuture.completedFuture(List.of("s" + sent.size()));
    }

    @Override public CompletionStage<List<String>> sendPrivateMessage(String userId, Message message) {
      return sendMessage("private:" + userId, message);
    }
  }

  /** A bot with the admin and echo plugins on this test's database, and {@code admin} at authority 4. */
  private App start(Recorder bot) {
    App app = App.builder().database("jdbc:sqlite:" + dir.resolve("mochi.db"))
        .plugin(new Admin(), (Void) null).plugin(new Echo(), (Void) null).build();
    app.root().bot(bot);
    app.start();
    UserData admin = app.data().user("mock", "admin", UserData.class);
    admin.set("authority", 4);
    admin.flush();
    return app;
  }

  private static Optional<String> say(App app, Recorder bot, String user, String content) throws Exception {
    int before = bot.sent.size();
    app.dispatcher().dispatch(bot, Inbound.guild(user, "general", "g", "m" + System.nanoTime(), content))
        .get(30, TimeUnit.SECONDS);
    return bot.sent.size() > before ? Optional.of(bot.sent.get(bot.sent.size() - 1)) : Optional.empty();
  }

  @Test void aChannelAssignedToAnotherBotIsLeftAloneUnlessThisBotIsMentionedEvenAfterARestart() throws Exception {
    Recorder bot = new Recorder();
    App app = start(bot);
    try {
      assertThat(say(app, bot, "alice", "echo before")).contains("before");
      assertThat(say(app, bot, "admin", "assign other-bot")).contains("This channel is now answered by other-bot.");
      assertThat(say(app, bot, "alice", "echo ignored")).isEmpty();
      assertThat(say(app, bot, "alice", "<at id=\"mochi\"/> echo mentioned")).contains("mentioned");
    } finally {
      app.close(Duration.ofSeconds(10));
    }

    Recorder again = new Recorder();
    App restarted = start(again);
    try {
      assertThat(say(restarted, again, "alice", "echo still ignored")).isEmpty();
      assertThat(say(restarted, again, "admin", "<at id=\"mochi\"/> assign")).contains("This channel is now answered by mochi.");
      assertThat(say(restarted, again, "alice", "echo back")).contains("back");
    } finally {
      restarted.close(Duration.ofSeconds(10));
    }
  }

  @Test void privateChatsHaveNoAssignee() throws Exception {
    Recorder bot = new Recorder();
    App app = start(bot);
    try {
      assertThat(say(app, bot, "admin", "assign other-bot")).isPresent();
      app.dispatcher().dispatch(bot, Inbound.direct("alice", "d1", "echo direct")).get(30, TimeUnit.SECONDS);
      assertThat(bot.sent).last().isEqualTo("direct");
    } finally {
      app.close(Duration.ofSeconds(10));
    }
  }
}
