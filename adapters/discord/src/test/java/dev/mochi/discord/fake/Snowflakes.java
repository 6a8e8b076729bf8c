package dev.mochi.discord.fake;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Discord ids: milliseconds since 2015 in the high bits, so an id tells when it was made (JDA reads it so). */
final class Snowflakes {
  static final long DISCORD_EPOCH = 1420070400000L;
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private Snowflakes() {}

  /** A new id for now. */
  static String next() {
    long millis = System.currentTimeMillis() - DISCORD_EPOCH;
    return Long.toString((millis << 22) | (SEQUENCE.incrementAndGet() & 0x3fffff));
  }

  static Instant time(String id) {
    return Instant.ofEpochMilli((Long.parseLong(id) >>> 22) + DISCORD_EPOCH);
  }
}
