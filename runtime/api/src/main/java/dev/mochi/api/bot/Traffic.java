package dev.mochi.api.bot;

import java.util.List;

/**
 * Messages counted in one direction for one bot.
 *
 * @param total since the bot was registered
 * @param perMinute the last 60 minutes, one count per minute, oldest first; the last entry is the current minute
 */
public record Traffic(long total, List<Long> perMinute) {

  /** Copies the list. */
  public Traffic {
    perMinute = List.copyOf(perMinute);
  }

  /** The count of the current minute (the last entry of {@link #perMinute()}); 0 when there is none. */
  public long thisMinute() {
    return perMinute.isEmpty() ? 0 : perMinute.getLast();
  }

  /** The sum over the last hour. */
  public long lastHour() {
    long sum = 0;
    for (long n : perMinute) sum += n;
    return sum;
  }
}
