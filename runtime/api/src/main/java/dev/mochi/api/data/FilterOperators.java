package dev.mochi.api.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The operators of the JSON form: ours ({@code $eq $ne $gt $gte $lt $lte $in $nin $like $includes $empty $not})
 * and NocoBase's spellings, each rewritten into the same few {@link Filter} nodes, so the data layer checks and
 * compiles one language. Operators NocoBase has that we do not take are listed in {@link #NOT_TAKEN} and refused
 * with a message saying so.
 */
final class FilterOperators {
  private FilterOperators() {}

  /** NocoBase (and Sequelize) operators that are refused: case-insensitive and regular-expression matching, exact array matches, tree and column operators. */
  static final Set<String> NOT_TAKEN = Set.of("$iLike", "$notILike", "$regexp", "$notRegexp", "$iRegexp", "$notIRegexp",
      "$match", "$notMatch", "$childIn", "$childNotIn", "$col", "$any", "$all", "$overlap", "$contains", "$contained",
      "$adjacent", "$strictLeft", "$strictRight", "$noExtendRight", "$noExtendLeft", "$isVar", "$raw");

  private static final String OURS = "$eq $ne $gt $gte $lt $lte $in $nin $like $includes $empty $not, or NocoBase's "
      + "$notIn $notLike $notIncludes $startsWith $notStartsWith $endWith $notEndWith $notEmpty $exists $notExists $is "
      + "$isTruly $isFalsy $between $notBetween $anyOf $noneOf $arrayEmpty $arrayNotEmpty $dateOn $dateNotOn "
      + "$dateBefore $dateNotBefore $dateAfter $dateNotAfter $dateBetween";

  static Filter of(String path, String op, Object value) {
    return switch (op) {
      case "$eq" -> cmp(path, Filter.Op.EQ, value);
      case "$ne" -> cmp(path, Filter.Op.NE, value);
      case "$gt" -> cmp(path, Filter.Op.GT, value);
      case "$gte" -> cmp(path, Filter.Op.GTE, value);
      case "$lt" -> cmp(path, Filter.Op.LT, value);
      case "$lte" -> cmp(path, Filter.Op.LTE, value);
      case "$in" -> cmp(path, Filter.Op.IN, FilterJson.list(path, op, value));
      case "$nin", "$notIn" -> cmp(path, Filter.Op.NIN, FilterJson.list(path, op, value));
      case "$like" -> cmp(path, Filter.Op.LIKE, value);
      case "$notLike" -> new Filter.Not(cmp(path, Filter.Op.LIKE, value));
      case "$includes", "$substring" -> anyOf(path, Filter.Op.INCLUDES, value);
      case "$notIncludes" -> allNot(path, value, "", "");
      case "$startsWith" -> anyLike(path, value, "", "%");
      case "$notStartsWith" -> allNot(path, value, "", "%");
      case "$endWith", "$endsWith" -> anyLike(path, value, "%", "");
      case "$notEndWith", "$notEndsWith" -> allNot(path, value, "%", "");
      case "$empty", "$arrayEmpty" -> cmp(path, Filter.Op.EMPTY, flag(path, op, value, true));
      case "$notEmpty", "$arrayNotEmpty" -> cmp(path, Filter.Op.EMPTY, !flag(path, op, value, true));
      case "$exists" -> flag(path, op, value, true) ? cmp(path, Filter.Op.NE, null) : cmp(path, Filter.Op.EQ, null);
      case "$notExists" -> flag(path, op, value, true) ? cmp(path, Filter.Op.EQ, null) : cmp(path, Filter.Op.NE, null);
      case "$is" -> cmp(path, Filter.Op.EQ, value);
      case "$isTruly" -> cmp(path, Filter.Op.EQ, true);
      case "$isFalsy" -> new Filter.Or(List.of(cmp(path, Filter.Op.EQ, null), cmp(path, Filter.Op.EQ, false)));
      case "$between" -> between(path, op, value);
      case "$notBetween" -> new Filter.Not(between(path, op, value));
      case "$anyOf" -> anyOf(path, Filter.Op.INCLUDES, FilterJson.list(path, op, value));
      case "$noneOf" -> new Filter.Not(anyOf(path, Filter.Op.INCLUDES, FilterJson.list(path, op, value)));
      case "$dateOn", "$dateNotOn", "$dateBefore", "$dateNotBefore", "$dateAfter", "$dateNotAfter", "$dateBetween" ->
          date(path, op, value);
      case "$not" -> new Filter.Not(FilterJson.fieldValue(path, value));
      default -> {
        if (NOT_TAKEN.contains(op)) {
          throw new FilterException("Filter operator '" + op + "' of field '" + path + "' is not supported (Mochi does not "
              + "take NocoBase's case-insensitive, regular-expression, exact-array, tree or column operators); use one of " + OURS);
        }
        throw new FilterException("Unknown filter operator '" + op + "' for field '" + path + "'; use one of " + OURS);
      }
    };
  }

  private static Filter cmp(String path, Filter.Op op, Object value) {
    return new Filter.Compare(path, op, value);
  }

  private static boolean flag(String path, String op, Object value, boolean absent) {
    if (value == null) return absent;
    if (value instanceof Boolean b) return b;
    throw new FilterException("Operator " + op + " of field '" + path + "' takes true or false, got: " + value);
  }

  /** One value, or an array meaning any of them. */
  private static Filter anyOf(String path, Filter.Op op, Object value) {
    if (value instanceof Collection<?> c) {
      List<Filter> any = new ArrayList<>();
      for (Object v : c) any.add(cmp(path, op, v));
      return new Filter.Or(any);
    }
    return cmp(path, op, value);
  }

  private static Filter anyLike(String path, Object value, String before, String after) {
    if (value instanceof Collection<?> c) {
      List<Filter> any = new ArrayList<>();
      for (Object v : c) any.add(cmp(path, Filter.Op.LIKE, before + escape(path, v) + after));
      return new Filter.Or(any);
    }
    return cmp(path, Filter.Op.LIKE, before + escape(path, value) + after);
  }

  /** None of the values: {@code $notIncludes} (empty affixes), {@code $notStartsWith}, {@code $notEndWith}. */
  private static Filter allNot(String path, Object value, String before, String after) {
    Filter any = before.isEmpty() && after.isEmpty() ? anyOf(path, Filter.Op.INCLUDES, value) : anyLike(path, value, before, after);
    return new Filter.Not(any);
  }

  private static String escape(String path, Object value) {
    if (!(value instanceof String s)) {
      throw new FilterException("Operator of field '" + path + "' takes text, got: " + value);
    }
    StringBuilder b = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' || c == '_' || c == '\\') b.append('\\');
      b.append(c);
    }
    return b.toString();
  }

  private static Filter between(String path, String op, Object value) {
    List<?> pair = FilterJson.list(path, op, value);
    if (pair.size() != 2) throw new FilterException("Operator " + op + " of field '" + path + "' takes [low, high], got: " + value);
    return new Filter.And(List.of(cmp(path, Filter.Op.GTE, pair.get(0)), cmp(path, Filter.Op.LTE, pair.get(1))));
  }

  // ------------------------------------------------------------------ dates

  /** A moment ({@code start == end}) or the period [start, end) a date value names. */
  private record Span(Instant start, Instant end) {
    boolean point() { return start.equals(end); }
  }

  private static Filter date(String path, String op, Object value) {
    if (op.equals("$dateBetween") || value instanceof Collection<?>) {
      List<?> pair = FilterJson.list(path, op, value);
      if (pair.size() != 2) throw new FilterException("Operator " + op + " of field '" + path + "' takes [from, to], got: " + value);
      Span from = span(path, op, pair.get(0));
      Span to = span(path, op, pair.get(1));
      Span range = new Span(from.start(), to.point() ? to.end().plusMillis(1) : to.end());
      return period(path, op, range);
    }
    Span s = span(path, op, value);
    if (s.point()) {
      return switch (op) {
        case "$dateOn" -> cmp(path, Filter.Op.EQ, s.start());
        case "$dateNotOn" -> new Filter.Or(List.of(cmp(path, Filter.Op.LT, s.start()), cmp(path, Filter.Op.GT, s.start())));
        case "$dateBefore" -> cmp(path, Filter.Op.LT, s.start());
        case "$dateNotBefore" -> cmp(path, Filter.Op.GTE, s.start());
        case "$dateAfter" -> cmp(path, Filter.Op.GT, s.start());
        default -> cmp(path, Filter.Op.LTE, s.start());
      };
    }
    return period(path, op, s);
  }

  private static Filter period(String path, String op, Span s) {
    Filter on = new Filter.And(List.of(cmp(path, Filter.Op.GTE, s.start()), cmp(path, Filter.Op.LT, s.end())));
    return switch (op) {
      case "$dateOn", "$dateBetween" -> on;
      case "$dateNotOn" -> new Filter.Or(List.of(cmp(path, Filter.Op.LT, s.start()), cmp(path, Filter.Op.GTE, s.end())));
      case "$dateBefore" -> cmp(path, Filter.Op.LT, s.start());
      case "$dateNotBefore" -> cmp(path, Filter.Op.GTE, s.start());
      case "$dateAfter" -> cmp(path, Filter.Op.GTE, s.end());
      default -> cmp(path, Filter.Op.LT, s.end());
    };
  }

  /** {@code 2024}, {@code 2024-03}, {@code 2024-03-01} (UTC periods), or a moment: ISO-8601 with time, epoch ms. */
  private static Span span(String path, String op, Object value) {
    try {
      if (value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)) {
        Instant at = Instant.ofEpochMilli(n.longValue());
        return new Span(at, at);
      }
      if (value instanceof String s) {
        String t = s.trim();
        if (t.matches("\\d{4}")) {
          int y = Integer.parseInt(t);
          return new Span(LocalDate.of(y, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
              LocalDate.of(y + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (t.matches("\\d{4}-\\d{2}")) {
          YearMonth m = YearMonth.parse(t);
          return new Span(m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
              m.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
          LocalDate d = LocalDate.parse(t);
          return new Span(d.atStartOfDay().toInstant(ZoneOffset.UTC), d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        Instant at = java.time.OffsetDateTime.parse(t).toInstant();
        return new Span(at, at);
      }
    } catch (java.time.DateTimeException e) {
      // reported below
    }
    throw new FilterException("Operator " + op + " of field '" + path + "' takes a date (2024, 2024-03, 2024-03-01 in UTC,"
        + " or an ISO-8601 moment such as 2024-03-01T12:00:00Z), got: " + value);
  }
}
