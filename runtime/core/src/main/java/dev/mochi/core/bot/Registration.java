package dev.mochi.core.bot;

import dev.mochi.api.Events;
import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotHandle;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.adapter.Incoming;
import dev.mochi.api.bot.BotInfo;
import dev.mochi.api.bot.BotStatusChange;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/** One registered bot: its reported state, its traffic, and the handle its adapter holds. */
final class Registration implements BotHandle {
  final Bot bot;
  final String plugin;
  final Counter received = new Counter();
  final Counter sent = new Counter();
  private final BotRegistry registry;
  private final BiFunction<Bot, Incoming, CompletionStage<Void>> dispatch;
  private final Clock clock;
  private BotStatus status;
  private String error;
  private Instant since;
  volatile Runnable remove = () -> {};

  Registration(BotRegistry registry, Bot bot, String plugin, BiFunction<Bot, Incoming, CompletionStage<Void>> dispatch,
               Clock clock) {
    this.registry = registry;
    this.bot = bot;
    this.plugin = plugin;
    this.dispatch = dispatch;
    this.clock = clock;
    this.status = Objects.requireNonNullElse(bot.status(), BotStatus.OFFLINE);
    this.since = clock.instant();
  }

  @Override public Bot bot() { return bot; }

  @Override public void status(BotStatus status) { change(status, null); }

  @Override public void status(BotStatus status, String error) { change(status, Objects.requireNonNull(error, "error")); }

  private void change(BotStatus next, String why) {
    Objects.requireNonNull(next, "status");
    BotStatus previous;
    synchronized (this) {
      if (next == status && Objects.equals(why, error)) return;
      previous = status;
      status = next;
      error = why;
      since = clock.instant();
    }
    registry.events().emit(Events.BOT_STATUS, new BotStatusChange(info(), previous));
  }

  @Override public CompletionStage<Void> dispatch(Incoming incoming) { return dispatch.apply(bot, incoming); }

  @Override public void dispose() { remove.run(); }

  synchronized BotInfo info() {
    long now = clock.millis();
    return new BotInfo(bot.platform(), bot.selfId(), bot.name(), bot.avatar(), plugin, status,
        Optional.ofNullable(error), since, received.snapshot(now), sent.snapshot(now));
  }
}
