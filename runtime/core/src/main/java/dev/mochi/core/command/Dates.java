package dev.mochi.core.command;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code date} type: a relative time from now ({@code 1d2h30m}, {@code 90s}, {@code 2w}), a time of today
 * ({@code 18:30}, {@code 18:30:15}), a date ({@code 2024-05-01}, start of day), a local date-time
 * ({@code 2024-05-01T18:30}) or an instant with an offset ({@code 2024-05-01T18:30:00Z}). Local forms use the
 * system zone.
 */
final class Dates {
  private Dates() {}

  private static final Pattern RELATIVE = Pattern.compile("(?:\\d{1,6}[wdhms])+", Pattern.CASE_INSENSITIVE);
  private static final Pattern PART = Pattern.compile("(\\d{1,6})([wdhms])", Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?");

  static Instant parse(String source) {
    String s = source.strip();
    ZoneId zone = ZoneId.systemDefault();
    try {
      if (RELATIVE.matcher(s).matches()) return Instant.now().plus(relative(s));
      if (TIME.matcher(s).matches()) {
        String padded = s.indexOf(':') == 1 ? "0" + s : s;
        return LocalDate.now(zone).atTime(LocalTime.parse(padded)).atZone(zone).toInstant();
      }
      if (s.length() == 10) return LocalDate.parse(s).atStartOfDay(zone).toInstant();
      if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:\\d{2}$")) return OffsetDateTime.parse(s).toInstant();
      return LocalDateTime.parse(s).atZone(zone).toInstant();
    } catch (DateTimeException | ArithmeticException e) {
      throw new InvalidValue("commands.invalid-date");
    }
  }

  private static Duration relative(String s) {
    Duration total = Duration.ZERO;
    Matcher m = PART.matcher(s);
    while (m.find()) {
      long n = Long.parseLong(m.group(1));
      total = total.plus(switch (Character.toLowerCase(m.group(2).charAt(0))) {
        case 'w' -> Duration.ofDays(7 * n);
        case 'd' -> Duration.ofDays(n);
        case 'h' -> Duration.ofHours(n);
        case 'm' -> Duration.ofMinutes(n);
        default -> Duration.ofSeconds(n);
      });
    }
    return total;
  }
}
