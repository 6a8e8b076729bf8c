package dev.mochi.discord;

import dev.mochi.api.adapter.BotStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import net.dv8tion.jda.api.JDA;

/**
 * Turns JDA's per-shard states into the one {@link BotStatus} of the bot: online when every shard is connected,
 * connecting until each has been online once, reconnecting when any lost its connection after that, disconnecting
 * while shutting down, offline when every shard is down. Every change of the whole goes to {@code onChange} once.
 */
final class ConnectionStates {
  private final Map<Integer, BotStatus> shards = new ConcurrentHashMap<>();
  private final Map<Integer, Boolean> wasOnline = new ConcurrentHashMap<>();
  private final Consumer<BotStatus> onChange;
  private final IntPredicate runsHere;
  private BotStatus current = BotStatus.OFFLINE;

  /**
   * @param runsHere which shard ids this process runs: JDA's shard manager reports a state for a shard outside the
   *     range too (the instance it asks for the gateway's shard count), which must not hold the whole back
   */
  ConnectionStates(IntPredicate runsHere, Consumer<BotStatus> onChange) {
    this.runsHere = runsHere;
    this.onChange = onChange;
  }

  /** Records the state of shard {@code shard} as JDA reported it. */
  void shard(int shard, JDA.Status status) {
    if (!runsHere.test(shard)) return;
    BotStatus mapped = map(status, wasOnline.getOrDefault(shard, false));
    if (mapped == BotStatus.ONLINE) wasOnline.put(shard, true);
    shards.put(shard, mapped);
    update();
  }

  /** Sets the whole to {@code status} (before any shard exists, or after all are gone). */
  synchronized void force(BotStatus status) {
    shards.replaceAll((k, v) -> status);
    if (status == current) return;
    current = status;
    onChange.accept(status);
  }

  synchronized BotStatus current() { return current; }

  /** Reports under the lock, so two shards changing at once cannot report the whole out of order. */
  private synchronized void update() {
    BotStatus whole = combine();
    if (whole == current) return;
    current = whole;
    onChange.accept(whole);
  }

  private BotStatus combine() {
    boolean allOnline = true;
    boolean allOffline = true;
    boolean reconnecting = false;
    boolean disconnecting = false;
    for (BotStatus s : shards.values()) {
      allOnline &= s == BotStatus.ONLINE;
      allOffline &= s == BotStatus.OFFLINE;
      reconnecting |= s == BotStatus.RECONNECTING;
      disconnecting |= s == BotStatus.DISCONNECTING;
    }
    if (shards.isEmpty()) return BotStatus.CONNECTING;
    if (allOnline) return BotStatus.ONLINE;
    if (allOffline) return BotStatus.OFFLINE;
    if (disconnecting) return BotStatus.DISCONNECTING;
    if (reconnecting) return BotStatus.RECONNECTING;
    return BotStatus.CONNECTING;
  }

  static BotStatus map(JDA.Status status, boolean wasOnline) {
    return switch (status) {
      case CONNECTED -> BotStatus.ONLINE;
      case SHUTTING_DOWN -> BotStatus.DISCONNECTING;
      case SHUTDOWN, FAILED_TO_LOGIN -> BotStatus.OFFLINE;
      case DISCONNECTED, WAITING_TO_RECONNECT, ATTEMPTING_TO_RECONNECT, RECONNECT_QUEUED -> BotStatus.RECONNECTING;
      default -> wasOnline ? BotStatus.RECONNECTING : BotStatus.CONNECTING;
    };
  }
}
