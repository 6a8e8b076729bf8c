package dev.mochi.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.Events;
import dev.mochi.api.Fork;
import dev.mochi.api.MochiException;
import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotHandle;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.adapter.Inbound;
import dev.mochi.api.bot.BotStatusChange;
import dev.mochi.api.message.Message;
import dev.mochi.testkit.MochiTest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Adapters register bots, report their state through the handle, and only registered bots may dispatch. */
class BotRegistrationTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  /** A bot of platform "fake" that records what it is asked to send. */
  record FakeBot(String selfId, List<String> sent) implements Bot {
    FakeBot(String selfId) { this(selfId, new CopyOnWriteArrayList<>()); }

    @Override public String platform() { return "fake"; }

    @Override public BotStatus status() { return BotStatus.CONNECTING; }

    @Override public CompletionStage<List<String>> sendMessage(String channelId, Message message) {
      sent.add(channelId + ": " + message);
      return CompletableFuture.completedFuture(List.of("1"));
    }

    @Override public CompletionStage<List<String>> sendPrivateMessage(String userId, Message message) {
      return sendMessage("private:" + userId, message);
    }
  }

  @Test void aBotThatWasNeverRegisteredCannotDispatch() {
    Throwable refused = failure(mochi.app().root().dispatch(new FakeBot("ghost"), Inbound.direct("u", "1", "hi")));
    assertThat(refused).isInstanceOf(MochiException.class)
        .hasMessageContaining("fake:ghost is not registered").hasMessageContaining("ctx.bot(bot)");
  }

  @Test void aBotIsRefusedOnceItsAdapterIsUnloaded() {
    FakeBot bot = new FakeBot("b1");
    BotHandle[] handle = {null};
    Fork adapter = mochi.app().plugin(new Plugins.Named("fake-adapter", ctx -> {
      handle[0] = ctx.bot(bot);
      ctx.command("ping").action((argv, s) -> "pong");
    }), (Void) null);
    handle[0].dispatch(Inbound.guild("u", "c", "g", "1", "ping")).toCompletableFuture().join();
    assertThat(bot.sent()).containsExactly("c: pong");
    adapter.dispose();
    assertThat(failure(handle[0].dispatch(Inbound.guild("u", "c", "g", "2", "ping")))).hasMessageContaining("not registered");
  }

  @Test void theSameAccountCannotBeRegisteredTwice() {
    mochi.app().root().bot(new FakeBot("twin"));
    assertThatThrownBy(() -> mochi.app().root().bot(new FakeBot("twin"))).isInstanceOf(MochiException.class)
        .hasMessageContaining("fake:twin is already registered");
  }

  @Test void everyReportedStateChangeIsAnEventWithTheStateBefore() {
    List<String> heard = new CopyOnWriteArrayList<>();
    mochi.app().root().on(Events.BOT_STATUS, (BotStatusChange c) ->
        heard.add(c.previous() + "->" + c.bot().status() + c.bot().error().map(e -> " (" + e + ")").orElse("")));
    BotHandle handle = mochi.app().root().bot(new FakeBot("b2"));
    handle.status(BotStatus.ONLINE);
    handle.status(BotStatus.ONLINE);
    handle.status(BotStatus.RECONNECTING, "connection reset");
    handle.status(BotStatus.ONLINE);
    assertThat(heard).containsExactly("CONNECTING->ONLINE", "ONLINE->RECONNECTING (connection reset)",
        "RECONNECTING->ONLINE");
  }

  private static Throwable failure(CompletionStage<Void> stage) {
    try {
      stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError("the dispatch neither failed nor completed: " + e, e);
    }
    throw new AssertionError("the dispatch was accepted");
  }
}
