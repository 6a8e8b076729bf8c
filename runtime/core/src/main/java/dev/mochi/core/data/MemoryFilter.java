package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.FieldType.Kind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Evaluates a {@link FilterPlan} against a row of canonical values with SQL's three-valued logic
 * ({@code null} is unknown): the same answers {@link SqlFilter} gets from the database. Relations are read from
 * the row itself: a to-one relation as a nested map (or null when there is no related row), a to-many relation as
 * a list of maps, as resources' {@code appends} deliver them. A plan that needs a relation the row lacks fails.
 */
final class MemoryFilter {
  private MemoryFilter() {}

  /** Whether the row matches (unknown counts as no). */
  static boolean matches(FilterPlan plan, Map<String, ?> row) {
    return Boolean.TRUE.equals(eval(plan, row));
  }

  static Boolean eval(FilterPlan plan, Map<String, ?> row) {
    return switch (plan) {
      case FilterPlan.All a -> {
        Boolean out = Boolean.TRUE;
        for (FilterPlan p : a.parts()) {
          Boolean b = eval(p, row);
          if (Boolean.FALSE.equals(b)) yield false;
          if (b == null) out = null;
        }
        yield out;
      }
      case FilterPlan.Any a -> {
        Boolean out = Boolean.FALSE;
        for (FilterPlan p : a.parts()) {
          Boolean b = eval(p, row);
          if (Boolean.TRUE.equals(b)) yield true;
          if (b == null) out = null;
        }
        yield out;
      }
      case FilterPlan.Neg n -> {
        Boolean b = eval(n.part(), row);
        yield b == null ? null : !b;
      }
      case FilterPlan.Cmp c -> {
        Map<String, ?> at = follow(row, c.via());
        yield compare(c, at == null ? null : at.get(c.field().name()));
      }
      case FilterPlan.Some s -> {
        Map<String, ?> at = follow(row, s.via());
        if (at == null) yield false;
        Object many = related(at, s.many());
        if (!(many instanceof Collection<?> list)) yield false;
        for (Object r : list) {
          if (r instanceof Map<?, ?> m && Boolean.TRUE.equals(eval(s.inner(), cast(m)))) yield true;
        }
        yield false;
      }
    };
  }

  /** The row reached through to-one hops, or null when one of them has no related row. */
  private static Map<String, ?> follow(Map<String, ?> row, List<FilterPlan.Hop> via) {
    Map<String, ?> at = row;
    for (FilterPlan.Hop hop : via) {
      Object next = related(at, hop);
      if (next == null) return null;
      if (!(next instanceof Map<?, ?> m)) {
        throw new DataException("Relation '" + hop.relation().name() + "' of a row of table '" + hop.source().name()
            + "' holds " + Values.describe(next) + " where a row was expected");
      }
      at = cast(m);
    }
    return at;
  }

  private static Object related(Map<String, ?> row, FilterPlan.Hop hop) {
    if (!row.containsKey(hop.relation().name())) {
      throw new DataException("The filter follows relation '" + hop.relation().name() + "' of table '" + hop.source().name()
          + "', which this row of it was read without; append it (appends: [\"" + hop.relation().name() + "\"]) or filter in the database");
    }
    return row.get(hop.relation().name());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> cast(Map<?, ?> m) {
    return (Map<String, ?>) m;
  }

  private static Boolean compare(FilterPlan.Cmp c, Object x) {
    Object v = c.value();
    return switch (c.op()) {
      case EQ -> v == null ? (Boolean) (x == null) : x == null ? null : (Boolean) Values.same(x, v);
      case NE -> v == null ? (Boolean) (x != null) : x == null || !Values.same(x, v);
      case GT -> x == null ? null : (Boolean) (order(x, v) > 0);
      case GTE -> x == null ? null : (Boolean) (order(x, v) >= 0);
      case LT -> x == null ? null : (Boolean) (order(x, v) < 0);
      case LTE -> x == null ? null : (Boolean) (order(x, v) <= 0);
      case IN -> ((List<?>) v).isEmpty() ? Boolean.FALSE : x == null ? null : (Boolean) contains((List<?>) v, x);
      case NIN -> ((List<?>) v).isEmpty() || x == null || !contains((List<?>) v, x);
      case LIKE -> x == null ? null : (Boolean) like((String) v).matcher(x.toString()).matches();
      case INCLUDES -> c.field().type().kind() == Kind.LIST
          ? (Boolean) (x != null && ((Collection<?>) x).contains(v))
          : x == null ? null : (Boolean) x.toString().contains((String) v);
      case EMPTY -> (Boolean) v == isEmpty(x);
    };
  }

  private static boolean isEmpty(Object x) {
    if (x == null) return true;
    if (x instanceof String s) return s.isEmpty();
    if (x instanceof Collection<?> c) return c.isEmpty();
    if (x instanceof Map<?, ?> m) return m.isEmpty();
    return false;
  }

  private static boolean contains(List<?> list, Object x) {
    for (Object o : list) if (Values.same(o, x)) return true;
    return false;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int order(Object x, Object v) {
    if (x instanceof Number a && v instanceof Number b) return Double.compare(a.doubleValue(), b.doubleValue());
    return ((Comparable) x).compareTo(v);
  }

  /** SQL LIKE ({@code %}, {@code _}, backslash escapes) as a regular expression. */
  static Pattern like(String pattern) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char ch = pattern.charAt(i);
      if (ch == '\\' && i + 1 < pattern.length()) {
        re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (ch == '%') {
        re.append(".*");
      } else if (ch == '_') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }
}
