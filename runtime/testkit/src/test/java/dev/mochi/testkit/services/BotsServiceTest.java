package dev.mochi.testkit.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Context;
import dev.mochi.api.Events;
import dev.mochi.api.Plugin;
import dev.mochi.api.adapter.BotHandle;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.bot.BotInfo;
import dev.mochi.api.bot.Bots;
import dev.mochi.api.message.Message;
import dev.mochi.testkit.MochiTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Bots service as a plugin sees it: each bot's state, its traffic, and an event per state change. */
class BotsServiceTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  /** A plugin (dev.mochi.api only) that answers {@code traffic} with what the Bots service says of the mock bot. */
  static final class Watcher implements Plugin<Void> {
    final List<String> changes = new CopyOnWriteArrayList<>();

    @Override public String name() { return "watcher"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.on(Events.BOT_STATUS, c -> changes.add(c.bot().platform() + ":" + c.previous() + "->" + c.bot().status()
          + c.bot().error().map(e -> " (" + e + ")").orElse("")));
      ctx.inject(Bots.class, bots -> ctx.command("traffic").action((argv, session) -> {
        BotInfo b = bots.find(session.platform(), session.selfId()).orElseThrow();
        return b.status() + " received " + b.received().total() + " (" + b.received().thisMinute() + " this minute)"
            + " sent " + b.sent().total() + " (" + b.sent().lastHour() + " this hour)";
      }));
    }
  }

  @Test void countersFollowTheMessagesReceivedAndTheRepliesSent() {
    mochi.app().plugin(new Watcher(), (Void) null);
    mochi.app().root().command("ping").action((argv, s) -> "pong");
    var alice = mochi.client("alice");
    for (int i = 0; i < 5; i++) alice.send("ping").shouldReply("pong");
    alice.send("nothing-here").shouldNotReply();

    // 7 received: 5 pings, the unknown line, and this "traffic"; 5 pongs sent before the answer is made.
    alice.send("traffic").shouldReply("ONLINE received 7 (7 this minute) sent 5 (5 this hour)");
    alice.send("traffic").shouldReply("ONLINE received 8 (8 this minute) sent 6 (6 this hour)");
  }

  @Test void everyStatusChangeIsSeenWithTheLastErrorAndTheBotCanSendOutsideASession() {
    Watcher watcher = new Watcher();
    mochi.app().plugin(watcher, (Void) null);
    LoopBot loop = new LoopBot("l1");
    BotHandle handle = mochi.app().root().bot(loop);
    Bots bots = mochi.app().root().get(Bots.class).orElseThrow();
    assertThat(bots.find("loop", "l1").orElseThrow().status()).isEqualTo(BotStatus.CONNECTING);

    handle.status(BotStatus.ONLINE);
    handle.status(BotStatus.RECONNECTING, "gateway closed with 4000");
    BotInfo info = bots.find("loop", "l1").orElseThrow();
    assertThat(info.status()).isEqualTo(BotStatus.RECONNECTING);
    assertThat(info.error()).contains("gateway closed with 4000");
    handle.status(BotStatus.OFFLINE, "token revoked");

    assertThat(watcher.changes).containsExactly("loop:CONNECTING->ONLINE",
        "loop:ONLINE->RECONNECTING (gateway closed with 4000)", "loop:RECONNECTING->OFFLINE (token revoked)");
    assertThat(bots.list()).extracting(BotInfo::platform).containsExactly("mock", "loop");

    bots.bot("loop", "l1").orElseThrow().sendMessage("c1", Message.text("hello")).toCompletableFuture().join();
    assertThat(loop.out()).containsExactly("c1: hello");
    assertThat(bots.find("loop", "l1").orElseThrow().sent().total()).isEqualTo(1);
    assertThat(bots.find("loop", "nope")).isEmpty();
  }
}
