package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code ${user.id}} and {@code ${user.authority}} in grant scopes and declared resources' conditions. A variable is
 * a whole value, replaced in the filter tree (never in text), so a user's values cannot change a filter's shape.
 */
final class Variables {
  static final String USER_ID = "${user.id}";
  static final String USER_AUTHORITY = "${user.authority}";

  private Variables() {}

  /** Refuses any value that mentions a variable other than as one of the known whole values. */
  static void check(Filter f, String where) {
    walk(f, v -> {
      if (v instanceof String s && s.contains("${") && !s.equals(USER_ID) && !s.equals(USER_AUTHORITY)) {
        throw new ResourceException(ResourceException.RESOURCE_INVALID, 500, where + " uses '" + s + "'; a variable must be a "
            + "whole value, " + USER_ID + " or " + USER_AUTHORITY);
      }
      return v;
    });
  }

  /** The filter with the caller's values in place of the variables. */
  static Filter apply(Filter f, Caller caller) {
    return walk(f, v -> value(v, caller));
  }

  static Object value(Object v, Caller caller) {
    if (USER_ID.equals(v)) return caller.userId();
    if (USER_AUTHORITY.equals(v)) return caller.system() ? 5 : caller.authority();
    return v;
  }

  private static Filter walk(Filter f, java.util.function.UnaryOperator<Object> fn) {
    return switch (f) {
      case Filter.And a -> new Filter.And(each(a.filters(), fn));
      case Filter.Or o -> new Filter.Or(each(o.filters(), fn));
      case Filter.Not n -> new Filter.Not(walk(n.filter(), fn));
      case Filter.Compare c -> new Filter.Compare(c.path(), c.op(), c.value() instanceof Collection<?> list
          ? mapped(list, fn) : fn.apply(c.value()));
    };
  }

  private static List<Filter> each(List<Filter> fs, java.util.function.UnaryOperator<Object> fn) {
    List<Filter> out = new ArrayList<>(fs.size());
    for (Filter f : fs) out.add(walk(f, fn));
    return out;
  }

  private static List<Object> mapped(Collection<?> list, java.util.function.UnaryOperator<Object> fn) {
    List<Object> out = new ArrayList<>(list.size());
    for (Object o : list) out.add(fn.apply(o));
    return out;
  }
}
