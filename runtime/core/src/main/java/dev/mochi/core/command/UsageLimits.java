package dev.mochi.core.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mochi.core.session.SessionImpl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Per-command rate limits (Koishi's {@code maxUsage} and {@code minInterval}): for each command and user, the UTC day
 * and the runs counted in it, and when it last ran. Admitting a run and counting it happen together under the
 * entry's lock, so two messages of one user racing cannot both take the last run. Entries expire a day after their
 * last use, so the memory held is bounded by the users active in a day.
 */
final class UsageLimits {
  private static final class Usage {
    LocalDate day;
    int count;
    Instant last;
  }

  private final Clock clock;
  private final Cache<String, Usage> usage = Caffeine.newBuilder().expireAfterAccess(Duration.ofDays(1))
      .maximumSize(1_000_000).build();

  UsageLimits(Clock clock) {
    this.clock = clock;
  }

  /** Null when the run may go ahead (and it is counted), else the reply that says why not. */
  Object admit(CommandImpl cmd, SessionImpl session) {
    int max = cmd.maxUsage();
    Duration interval = cmd.minInterval();
    if (max == 0 && interval.isZero()) return null;
    Usage u = usage.get(cmd.name() + '\u0000' + session.platform() + ':' + session.userId(), k -> new Usage());
    synchronized (u) {
      Instant now = clock.instant();
      LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      if (!today.equals(u.day)) {
        u.day = today;
        u.count = 0;
      }
      if (u.last != null && !interval.isZero()) {
        Duration left = Duration.between(now, u.last.plus(interval));
        if (left.isPositive()) {
          long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
          return session.text("commands.too-frequent", Map.of("command", cmd.name(), "seconds", seconds));
        }
      }
      if (max > 0 && u.count >= max) {
        return session.text("commands.usage-exhausted", Map.of("command", cmd.name(), "max", max));
      }
      u.count++;
      u.last = now;
      return null;
    }
  }
}
