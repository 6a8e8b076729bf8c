package dev.mochi.discord;

import dev.mochi.api.adapter.BotStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import net.dv8tion.jda.api.JDA;

/**
 * Turns JDA's per-shard states into the one {@link BotStatus} of the bot: online when every shard this process runs
 * is connected, connecting until then, reconnecting when one lost its connection after having been online (or
 * stopped for good while others run on: its reason is logged), disconnecting while shutting down, offline when
 * every shard is down. Every change of the whole goes to {@code onChange} once.
 */
final class ConnectionStates {
  private final Map<Integer, BotStatus> shards = new ConcurrentHashMap<>();
  private final Map<Integer, Boolean> wasOnline = new ConcurrentHashMap<>();
  private final Consumer<BotStatus> onChange;
  private final IntPredicate runsHere;
  private final IntSupplier expected;
  private BotStatus current = BotStatus.OFFLINE;

  /**
   * @param runsHere which shard ids this process runs: JDA's shard manager reports a state for a shard outside the
   *     range too (the instance it asks for the gateway's shard count), which must not hold the whole back
   * @param expected how many shards this process runs (0 while not known yet): the whole is online only when that
   *     many are
   */
  ConnectionStates(IntPredicate runsHere, IntSupplier expected, Consumer<BotStatus> onChange) {
    this.runsHere = runsHere;
    this.expected = expected;
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
    boolean stoppedAfterOnline = false;
    for (Map.Entry<Integer, BotStatus> e : shards.entrySet()) {
      BotStatus s = e.getValue();
      stoppedAfterOnline |= s == BotStatus.OFFLINE && wasOnline.getOrDefault(e.getKey(), false);
      allOnline &= s == BotStatus.ONLINE;
      allOffline &= s == BotStatus.OFFLINE;
      reconnecting |= s == BotStatus.RECONNECTING;
      disconnecting |= s == BotStatus.DISCONNECTING;
    }
    boolean complete = shards.size() >= Math.max(1, expected.getAsInt());
    if (shards.isEmpty()) return BotStatus.CONNECTING;
    if (allOnline) return complete ? BotStatus.ONLINE : BotStatus.CONNECTING;
    if (allOffline && complete) return BotStatus.OFFLINE;
    if (disconnecting) return BotStatus.DISCONNECTING;
    if (reconnecting || stoppedAfterOnline) return BotStatus.RECONNECTING;
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
