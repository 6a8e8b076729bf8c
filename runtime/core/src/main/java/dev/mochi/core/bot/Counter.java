package dev.mochi.core.bot;

import dev.mochi.api.bot.Traffic;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Messages in one direction of one bot: a total, the last hour in 60 one-minute buckets and the last minute in 60
 * one-second buckets (so "the last 60 seconds" is exact, not estimated from a calendar minute). A bucket remembers
 * which period it counts, so a stale one is reset by the first write of its new period and skipped by reads; no
 * timer runs. Counting is a few atomic operations on the session's thread.
 */
final class Counter {
  private final LongAdder total = new LongAdder();
  private final Ring minutes = new Ring(60, 60_000);
  private final Ring seconds = new Ring(60, 1_000);

  void record(long nowMillis) {
    total.increment();
    minutes.record(nowMillis);
    seconds.record(nowMillis);
  }

  /** The last 60 minutes, oldest first, the minute of {@code nowMillis} last. */
  Traffic snapshot(long nowMillis) {
    return new Traffic(total.sum(), minutes.buckets(nowMillis));
  }

  /** The count of the minute of {@code nowMillis}. */
  long thisMinute(long nowMillis) {
    return minutes.at(nowMillis);
  }

  /** Messages in the 60 seconds up to and including the second of {@code nowMillis}. */
  long lastMinute(long nowMillis) {
    long sum = 0;
    for (long b : seconds.buckets(nowMillis)) sum += b;
    return sum;
  }

  /** {@code size} buckets of {@code width} milliseconds each, reused round the ring. */
  private static final class Ring {
    private final int size;
    private final long width;
    private final AtomicLongArray counts;
    private final AtomicLongArray periods;

    Ring(int size, long width) {
      this.size = size;
      this.width = width;
      this.counts = new AtomicLongArray(size);
      this.periods = new AtomicLongArray(size);
      for (int i = 0; i < size; i++) periods.set(i, Long.MIN_VALUE);
    }

    private int slot(long period) {
      return (int) Math.floorMod(period, (long) size);
    }

    void record(long nowMillis) {
      long period = Math.floorDiv(nowMillis, width);
      int slot = slot(period);
      if (periods.get(slot) != period) {
        synchronized (this) {
          if (periods.get(slot) != period) {
            counts.set(slot, 0);
            periods.set(slot, period);
          }
        }
      }
      counts.incrementAndGet(slot);
    }

    long at(long nowMillis) {
      long period = Math.floorDiv(nowMillis, width);
      int slot = slot(period);
      return periods.get(slot) == period ? counts.get(slot) : 0;
    }

    /** Oldest first, the period of {@code nowMillis} last. */
    List<Long> buckets(long nowMillis) {
      long current = Math.floorDiv(nowMillis, width);
      List<Long> out = new ArrayList<>(size);
      for (long p = current - size + 1; p <= current; p++) {
        int slot = slot(p);
        out.add(periods.get(slot) == p ? counts.get(slot) : 0L);
      }
      return out;
    }
  }
}
