package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import dev.mochi.api.data.FilterException;
import dev.mochi.api.resource.ResourceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NocoBase's action parameters read from a request's map, whichever transport made it: values from a query string
 * arrive as text ({@code "2"}, {@code "id,name"}, {@code "{\"coins\":1}"}), values from a JSON body typed. Every
 * malformed parameter is a {@code param_invalid} naming it; a bad filter is {@code filter_invalid}.
 */
final class Params {
  static final int DEFAULT_PAGE_SIZE = 20;

  private final Map<String, Object> params;

  Params(Map<String, Object> params) {
    this.params = params;
  }

  /** The parameters themselves. */
  Map<String, Object> raw() {
    return params;
  }

  Optional<Object> get(String name) {
    return Optional.ofNullable(params.get(name));
  }

  boolean has(String name) {
    Object v = params.get(name);
    return v != null && !(v instanceof String s && s.isEmpty());
  }

  /** The JianghuJS condition keys a package may carry instead of (or beside) {@code filter}. */
  static final List<String> JIANGHU = List.of("where", "whereIn", "whereLike", "whereOptions", "whereOrOptions");

  /** The {@code filter} parameter (an object, or its JSON text), AND-ed with JianghuJS condition keys when present. */
  Filter filter() {
    Filter own = own();
    Map<String, Object> jianghu = new LinkedHashMap<>();
    for (String k : JIANGHU) {
      Object v = params.get(k);
      if (v instanceof String s && !s.isBlank()) v = Json.read(k, s);
      if (v != null) jianghu.put(k, v);
    }
    if (jianghu.isEmpty()) return own;
    try {
      return Where.and(own, Filter.jianghu(jianghu));
    } catch (FilterException e) {
      throw new ResourceException(ResourceException.FILTER_INVALID, 400, e.getMessage(), e);
    }
  }

  /** JianghuJS's {@code orderBy: [{column, order}]} as sort keys ({@code -x} descending), or the {@code sort} list. */
  List<String> sort() {
    Object v = params.get("orderBy");
    if (v == null) return list("sort");
    if (v instanceof String s) v = Json.read("orderBy", s);
    if (!(v instanceof Collection<?> c)) throw badParam("orderBy must be an array of {column, order}");
    List<String> out = new ArrayList<>();
    for (Object o : c) {
      if (!(o instanceof Map<?, ?> m) || !(m.get("column") instanceof String col)) {
        throw badParam("orderBy entries must be {column, order}, got: " + describe(o));
      }
      String order = m.get("order") == null ? "asc" : String.valueOf(m.get("order")).toLowerCase(java.util.Locale.ROOT);
      if (!order.equals("asc") && !order.equals("desc")) throw badParam("orderBy order must be asc or desc, got: " + describe(m.get("order")));
      out.add(order.equals("desc") ? "-" + col : col);
    }
    return out;
  }

  private static ResourceException badParam(String message) {
    return ResourceException.badParam(message);
  }

  private Filter own() {
    Object v = params.get("filter");
    try {
      if (v == null || v instanceof String s && s.isBlank()) return Filter.ALL;
      if (v instanceof String s) return Filter.parse(s);
      if (v instanceof Map<?, ?> m) return Filter.of(strings(m, "filter"));
      if (v instanceof Filter f) return f;
    } catch (FilterException e) {
      throw new ResourceException(ResourceException.FILTER_INVALID, 400, e.getMessage(), e);
    }
    throw new ResourceException(ResourceException.FILTER_INVALID, 400, "Parameter 'filter' must be a JSON object such as "
        + "{\"coins\": {\"$gt\": 10}}, got: " + describe(v));
  }

  /** Whether a filter was given (and is not {@code {}}). */
  boolean hasFilter() {
    Filter f = filter();
    return !(f instanceof Filter.And a && a.filters().isEmpty());
  }

  /** A list parameter: an array, or comma-separated text. */
  List<String> list(String name) {
    Object v = params.get(name);
    if (v == null) return List.of();
    List<String> out = new ArrayList<>();
    if (v instanceof String s) {
      String t = s.trim();
      if (t.startsWith("[")) return list(name, Json.read(name, t));
      for (String part : t.split(",")) if (!part.isBlank()) out.add(part.trim());
      return out;
    }
    return list(name, v);
  }

  private static List<String> list(String name, Object v) {
    if (!(v instanceof Collection<?> c)) {
      throw ResourceException.badParam("Parameter '" + name + "' must be an array of names or comma-separated text, got: " + describe(v));
    }
    List<String> out = new ArrayList<>();
    for (Object o : c) {
      if (!(o instanceof String s)) throw ResourceException.badParam("Parameter '" + name + "' must hold names, got: " + describe(o));
      out.add(s.trim());
    }
    return out;
  }

  int integer(String name, int fallback, int min) {
    Object v = params.get(name);
    if (v == null || v instanceof String s && s.isBlank()) return fallback;
    long n;
    try {
      n = v instanceof Number x && x.doubleValue() == Math.rint(x.doubleValue()) ? (long) x.doubleValue()
          : v instanceof String s ? Long.parseLong(s.trim()) : Long.MIN_VALUE;
    } catch (NumberFormatException e) {
      n = Long.MIN_VALUE;
    }
    if (n == Long.MIN_VALUE) throw ResourceException.badParam("Parameter '" + name + "' must be a whole number, got: " + describe(v));
    if (n < min) throw ResourceException.badParam("Parameter '" + name + "' must be at least " + min + ", got: " + n);
    return (int) Math.min(n, Integer.MAX_VALUE);
  }

  boolean bool(String name, boolean fallback) {
    Object v = params.get(name);
    if (v == null || v instanceof String s && s.isBlank()) return fallback;
    if (v instanceof Boolean b) return b;
    if ("true".equals(v)) return true;
    if ("false".equals(v)) return false;
    throw ResourceException.badParam("Parameter '" + name + "' must be true or false, got: " + describe(v));
  }

  /** An object parameter ({@code values}): an object, or its JSON text. */
  Map<String, Object> object(String name) {
    Object v = params.get(name);
    if (v == null) return Map.of();
    if (v instanceof String s) v = Json.read(name, s);
    if (v instanceof Map<?, ?> m) return strings(m, name);
    throw ResourceException.badParam("Parameter '" + name + "' must be an object of field: value, got: " + describe(v));
  }

  static Map<String, Object> strings(Map<?, ?> m, String name) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (!(e.getKey() instanceof String k)) throw ResourceException.badParam("Parameter '" + name + "' has a key that is not text");
      out.put(k, e.getValue());
    }
    return out;
  }

  static String describe(Object v) {
    String s = v instanceof String t ? "\"" + t + "\"" : String.valueOf(v);
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
