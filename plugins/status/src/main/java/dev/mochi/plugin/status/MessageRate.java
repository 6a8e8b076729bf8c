package dev.mochi.plugin.status;

/**
 * Messages in the last minute, counted in 60 one-second buckets. A bucket remembers which second it counts, so a
 * stale bucket (its second is over a minute old) is reset on the next write and skipped by reads; no timer needed.
 */
final class MessageRate {
  private static final int SECONDS = 60;

  private final long[] counts = new long[SECONDS];
  private final long[] seconds = new long[SECONDS];

  synchronized void record(long epochSecond) {
    int slot = (int) Math.floorMod(epochSecond, (long) SECONDS);
    if (seconds[slot] != epochSecond) {
      seconds[slot] = epochSecond;
      counts[slot] = 0;
    }
    counts[slot]++;
  }

  synchronized long lastMinute(long nowEpochSecond) {
    long total = 0;
    for (int i = 0; i < SECONDS; i++) {
      long age = nowEpochSecond - seconds[i];
      if (age >= 0 && age < SECONDS) total += counts[i];
    }
    return total;
  }
}
