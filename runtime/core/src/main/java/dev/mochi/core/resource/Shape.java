package dev.mochi.core.resource;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.core.data.RecordAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a caller reads and writes of a table: the fields of an answer ({@code fields}, {@code except}, then only
 * readable ones, the key always), the sort order (readable fields, the key as tie-breaker), and the values of a
 * write (server-managed fields dropped, fields outside the writable set refused).
 */
final class Shape {
  private Shape() {}

  static List<String> fields(TableInfo t, Permission p, List<String> asked, List<String> except) {
    for (String f : asked) known(t, f, "fields");
    for (String f : except) known(t, f, "except");
    Set<String> out = new LinkedHashSet<>(t.primary());
    for (String f : asked.isEmpty() ? t.fields().keySet() : asked) {
      if (p.reads(f) && !except.contains(f)) out.add(f);
    }
    return List.copyOf(out);
  }

  private static void known(TableInfo t, String field, String param) {
    if (t.fields().containsKey(field)) return;
    String hint = t.relations().containsKey(field) ? "; '" + field + "' is a relation: ask for it with appends" : "";
    throw new ResourceException(ResourceException.FIELD_UNKNOWN, 400, "Parameter '" + param + "' names '" + field
        + "', which resource '" + t.name() + "' does not have (fields: " + String.join(", ", t.fields().keySet()) + ")" + hint);
  }

  /** The sort keys ({@code -x} descending), each a readable field, then the key fields not named, ascending. */
  static List<String> sort(TableInfo t, Permission p, List<String> sort) {
    List<String> out = new ArrayList<>();
    Set<String> named = new LinkedHashSet<>();
    for (String key : sort) {
      String f = key.startsWith("-") || key.startsWith("+") ? key.substring(1) : key;
      known(t, f, "sort");
      if (!readable(t, p, f)) throw ResourceException.forbidden("Parameter 'sort' names field '" + f + "' of '" + t.name() + "', which you may not read");
      if (named.add(f)) out.add(key.startsWith("+") ? f : key);
    }
    for (String k : t.primary()) if (!named.contains(k)) out.add(k);
    return out;
  }

  /** Whether the caller may read a field: the key always, others as the grant says. */
  static boolean readable(TableInfo t, Permission p, String field) {
    return t.primary().contains(field) || p.reads(field);
  }

  static Map<String, Object> only(Map<String, ?> row, List<String> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String f : fields) if (row.containsKey(f)) out.put(f, row.get(f));
    return out;
  }

  /**
   * A write's values, checked and converted: unknown fields are {@code field_unknown}, server-managed fields (and on
   * update the key) are dropped, others outside the writable set are {@code forbidden}, misfits {@code value_invalid}.
   */
  static Map<String, Object> writes(TableInfo t, Permission p, Map<String, Object> values, boolean update, RecordAccess data) {
    Map<String, Object> kept = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      String f = e.getKey();
      if (!t.fields().containsKey(f)) {
        String hint = t.relations().containsKey(f) ? "; '" + f + "' is a relation: change it with the association actions ("
            + t.name() + "/<id>/" + f + ":set)" : "";
        throw new ResourceException(ResourceException.FIELD_UNKNOWN, 400, "Values name field '" + f + "', which resource '"
            + t.name() + "' does not have (fields: " + String.join(", ", t.fields().keySet()) + ")" + hint);
      }
      if (t.managed().contains(f) || update && t.primary().contains(f)) continue;
      if (!p.writes(f)) throw ResourceException.forbidden("Field '" + f + "' of '" + t.name() + "' is not writable for you");
      kept.put(f, e.getValue());
    }
    try {
      return data.coerce(t.name(), kept);
    } catch (DataException e) {
      throw new ResourceException(ResourceException.VALUE_INVALID, 400, e.getMessage(), e);
    }
  }
}
