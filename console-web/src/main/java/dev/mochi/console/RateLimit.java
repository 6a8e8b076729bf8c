package dev.mochi.console;

/**
 * A token bucket: {@code rate} requests per second on average, bursts of up to {@code burst}. Not thread-safe on its
 * own; a socket's frames arrive one at a time.
 */
final class RateLimit {
  private final double rate;
  private final double burst;
  private double tokens;
  private long last;

  RateLimit(double rate, double burst, long nowNanos) {
    this.rate = rate;
    this.burst = burst;
    this.tokens = burst;
    this.last = nowNanos;
  }

  /** Takes one token; false when the bucket is empty. */
  synchronized boolean take(long nowNanos) {
    tokens = Math.min(burst, tokens + (nowNanos - last) * rate / 1e9);
    last = nowNanos;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  }
}
