package dev.mochi.core.data;

import dev.mochi.api.data.FieldType.Kind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Evaluates a {@link FilterPlan} against a row of canonical values with SQL's three-valued logic
 * ({@code null} is unknown): the same answers {@link SqlFilter} gets from the database.
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
      case FilterPlan.Cmp c -> compare(c, row.get(c.field().name()));
    };
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
