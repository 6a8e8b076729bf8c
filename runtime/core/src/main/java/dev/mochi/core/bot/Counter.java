package dev.mochi.core.bot;

import dev.mochi.api.bot.Traffic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Messages in one direction of one bot: a total and the last hour in 60 one-minute buckets. A bucket remembers
 * which minute it counts, so a stale one is reset by the first write of its new minute and skipped by reads; no
 * timer runs. Counting is a few atomic operations on the session's thread.
 */
final class Counter {
  private static final int MINUTES = 60;
  private static final long MINUTE_MS = 60_000;

  private final LongAdder total = new LongAdder();
  private final AtomicLongArray counts = new AtomicLongArray(MINUTES);
  private final AtomicLongArray minutes = new AtomicLongArray(MINUTES);

  Counter() {
    for (int i = 0; i < MINUTES; i++) minutes.set(i, Long.MIN_VALUE);
  }

  void record(long nowMillis) {
    total.increment();
    long minute = Math.floorDiv(nowMillis, MINUTE_MS);
    int slot = (int) Math.floorMod(minute, (long) MINUTES);
    long seen = minutes.get(slot);
    if (seen != minute) {
      synchronized (this) {
        if (minutes.get(slot) != minute) {
          counts.set(slot, 0);
          minutes.set(slot, minute);
        }
      }
    }
    counts.incrementAndGet(slot);
  }

  /** The last 60 minutes, oldest first, the minute of {@code nowMillis} last. */
  Traffic snapshot(long nowMillis) {
    long current = Math.floorDiv(nowMillis, MINUTE_MS);
    List<Long> perMinute = new ArrayList<>(MINUTES);
    for (long m = current - MINUTES + 1; m <= current; m++) {
      int slot = (int) Math.floorMod(m, (long) MINUTES);
      perMinute.add(minutes.get(slot) == m ? counts.get(slot) : 0L);
    }
    return new Traffic(total.sum(), perMinute);
  }

  /** The count of the minute of {@code nowMillis}. */
  long thisMinute(long nowMillis) {
    long minute = Math.floorDiv(nowMillis, MINUTE_MS);
    int slot = (int) Math.floorMod(minute, (long) MINUTES);
    return minutes.get(slot) == minute ? counts.get(slot) : 0;
  }
}
