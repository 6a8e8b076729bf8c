package dev.mochi.core.bot;

import dev.mochi.api.Disposable;
import dev.mochi.api.MochiException;
import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotHandle;
import dev.mochi.api.adapter.Incoming;
import dev.mochi.api.bot.BotInfo;
import dev.mochi.core.scope.EventBus;
import dev.mochi.core.scope.PluginScope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * The bots registered by adapters, with the state each adapter reports and the messages each bot received and sent.
 * A bot goes away with its handle or its adapter's scope; the dispatcher refuses messages from a bot that is not
 * here.
 */
public final class BotRegistry {
  private final EventBus events;
  private final Clock clock;
  private final CopyOnWriteArrayList<Registration> bots = new CopyOnWriteArrayList<>();

  public BotRegistry(EventBus events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  EventBus events() { return events; }

  /**
   * Registers {@code bot} for {@code scope}'s plugin; {@code dispatch} is what the handle's {@code dispatch} calls.
   *
   * @throws MochiException when a bot with the same platform and self id is registered
   */
  public BotHandle register(PluginScope scope, Bot bot, BiFunction<Bot, Incoming, CompletionStage<Void>> dispatch) {
    Registration r = new Registration(this, bot, scope.pluginName(), dispatch, clock);
    synchronized (this) {
      for (Registration other : bots) {
        if (other.bot.platform().equals(bot.platform()) && other.bot.selfId().equals(bot.selfId())) {
          throw new MochiException("Plugin '" + scope.pluginName() + "': a bot " + bot.platform() + ":" + bot.selfId()
              + " is already registered by plugin '" + other.plugin + "'; each bot account can be registered once");
        }
      }
      bots.add(r);
    }
    Disposable tracked = scope.track(() -> bots.remove(r));
    r.remove = tracked::dispose;
    return r;
  }

  /** Whether {@code bot} (this very object) is registered. */
  public boolean registered(Bot bot) {
    return find(bot).isPresent();
  }

  private Optional<Registration> find(Bot bot) {
    for (Registration r : bots) if (r.bot == bot) return Optional.of(r);
    return Optional.empty();
  }

  /** Counts a message (or interaction) {@code bot} received; nothing when it is not registered. */
  public void received(Bot bot) {
    find(bot).ifPresent(r -> r.received.record(clock.millis()));
  }

  /** Counts a message {@code bot} sent; nothing when it is not registered. */
  public void sent(Bot bot) {
    find(bot).ifPresent(r -> r.sent.record(clock.millis()));
  }

  /** The registered bots, in registration order. */
  public List<Bot> all() { return bots.stream().map(r -> r.bot).toList(); }

  /** The first registered bot of a platform. */
  public Optional<Bot> first(String platform) {
    return bots.stream().map(r -> r.bot).filter(b -> b.platform().equals(platform)).findFirst();
  }

  /** Every bot as the console shows it. */
  public List<BotInfo> infos() { return bots.stream().map(Registration::info).toList(); }

  /** One bot as the console shows it, by platform and self id. */
  public Optional<BotInfo> info(String platform, String selfId) {
    return find(platform, selfId).map(Registration::info);
  }

  /** One bot by platform and self id. */
  public Optional<Bot> bot(String platform, String selfId) {
    return find(platform, selfId).map(r -> r.bot);
  }

  private Optional<Registration> find(String platform, String selfId) {
    return bots.stream().filter(r -> r.bot.platform().equals(platform) && r.bot.selfId().equals(selfId)).findFirst();
  }

  /** Messages every bot received in the last 60 seconds, counted in one-second buckets. */
  public long receivedLastMinute() {
    long now = clock.millis();
    long sum = 0;
    for (Registration r : bots) sum += r.received.lastMinute(now);
    return sum;
  }

  /** Messages every bot received in the current minute. */
  public long receivedThisMinute() {
    long now = clock.millis();
    long sum = 0;
    for (Registration r : bots) sum += r.received.thisMinute(now);
    return sum;
  }
}
