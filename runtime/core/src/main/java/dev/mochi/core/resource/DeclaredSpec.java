package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import dev.mochi.api.data.FilterException;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.core.data.RecordAccess;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A row of {@code _resource}, checked: a sql resource ({@code {"table": "post", "operation": "select", "where":
 * {...}}}) or a service resource ({@code {"service": "lottery", "serviceFunction": "draw"}}), and its hooks. A
 * definition is data: conditions are JianghuJS's condition keys or Mochi's filter, values are literals or {@code
 * ${user.id}}-style variables; SQL text ({@code rawSql}, {@code whereKnex}) and expressions are refused.
 */
record DeclaredSpec(String pageId, String actionId, boolean sql, int authority, String accessControlTable, Sql table,
                    Ref service, List<Ref> before, List<Ref> after) {

  /** A sql resource: table, operation, the fixed condition, and the fields it exposes. */
  record Sql(String table, String operation, Filter where, List<String> fieldList, List<String> excludedFieldList) {
    /** The fields callers see and may name. */
    List<String> visible(TableInfo t) {
      List<String> out = new ArrayList<>(fieldList.isEmpty() ? t.fields().keySet() : fieldList);
      out.removeAll(excludedFieldList);
      return out;
    }
  }

  /** A service method by name. */
  record Ref(String service, String method) {}

  static final Set<String> OPERATIONS = Set.of("select", "insert", "update", "delete");
  static final Set<String> CONDITIONS = Set.of("where", "whereIn", "whereLike", "whereOptions", "whereOrOptions", "filter");
  private static final Set<String> SQL_KEYS = Set.of("table", "operation", "where", "whereIn", "whereLike", "whereOptions",
      "whereOrOptions", "filter", "fieldList", "excludedFieldList");

  static DeclaredSpec parse(Map<String, ?> row, RecordAccess data) {
    String pageId = text(row, "pageId");
    String actionId = text(row, "actionId");
    String where = "Declared resource " + pageId + "." + actionId;
    String type = row.get("resourceType") == null ? "sql" : String.valueOf(row.get("resourceType"));
    Map<String, Object> rd = map(row.get("resourceData"), where + ": resourceData");
    Map<String, Object> hooks = map(row.get("resourceHook"), where + ": resourceHook");
    for (String k : hooks.keySet()) {
      if (!k.equals("before") && !k.equals("after")) throw invalid(where + ": resourceHook has '" + k + "'; it takes before and after");
    }
    int authority = row.get("authority") instanceof Number n ? n.intValue() : 1;
    String acl = row.get("accessControlTable") == null ? "" : String.valueOf(row.get("accessControlTable"));
    List<Ref> before = refs(hooks.get("before"), where + ": resourceHook.before");
    List<Ref> after = refs(hooks.get("after"), where + ": resourceHook.after");
    return switch (type) {
      case "sql" -> new DeclaredSpec(pageId, actionId, true, authority, acl, sql(rd, where, data), null, before, after);
      case "service" -> new DeclaredSpec(pageId, actionId, false, authority, acl, null, ref(rd, where + ": resourceData"), before, after);
      default -> throw invalid(where + ": resourceType '" + type + "' is not taken; use sql or service");
    };
  }

  /** The definition with the conditions and field lists of a per-user override (table and operation kept). */
  DeclaredSpec overriddenBy(Map<String, Object> resourceData, RecordAccess data) {
    Map<String, Object> rd = new LinkedHashMap<>(resourceData);
    rd.put("table", table.table());
    rd.put("operation", table.operation());
    return new DeclaredSpec(pageId, actionId, sql, authority, accessControlTable,
        sql(rd, "The override of " + pageId + "." + actionId, data), service, before, after);
  }

  private static Sql sql(Map<String, Object> rd, String where, RecordAccess data) {
    for (String k : rd.keySet()) {
      if (!SQL_KEYS.contains(k)) {
        throw invalid(where + ": resourceData has '" + k + "', which is not taken (a definition is data, never SQL or code); "
            + "use " + String.join(", ", SQL_KEYS.stream().sorted().toList()));
      }
    }
    String table = text(rd, "table");
    TableInfo t = data.model().table(table).orElseThrow(() -> invalid(where + ": there is no table '" + table + "'"));
    String op = text(rd, "operation");
    if (!OPERATIONS.contains(op)) throw invalid(where + ": operation '" + op + "' is not taken; use select, insert, update or delete");
    Filter fixed = conditions(rd, where);
    Variables.check(fixed, where);
    try {
      data.matcher(table, Variables.apply(fixed, Caller.of(1, 1)));
    } catch (FilterException e) {
      throw invalid(where + ": " + e.getMessage());
    }
    List<String> fields = names(rd.get("fieldList"), where + ": fieldList", t);
    List<String> excluded = names(rd.get("excludedFieldList"), where + ": excludedFieldList", t);
    return new Sql(table, op, fixed, fields, excluded);
  }

  /** The condition keys of a map (JianghuJS's and Mochi's {@code filter}) as one filter. */
  static Filter conditions(Map<String, ?> source, String where) {
    Map<String, Object> jianghu = new LinkedHashMap<>();
    for (String k : CONDITIONS) if (!k.equals("filter") && source.get(k) != null) jianghu.put(k, source.get(k));
    try {
      Filter f = Filter.jianghu(jianghu);
      Object filter = source.get("filter");
      if (filter == null) return f;
      if (!(filter instanceof Map<?, ?> m)) throw new FilterException(where + ": filter must be an object in the filter language");
      return Where.and(f, Filter.of(Params.strings(m, "filter")));
    } catch (FilterException e) {
      throw new ResourceException(ResourceException.FILTER_INVALID, 400, e.getMessage(), e);
    }
  }

  private static List<String> names(Object v, String where, TableInfo t) {
    if (v == null) return List.of();
    if (!(v instanceof Collection<?> c)) throw invalid(where + " must be an array of field names");
    List<String> out = new ArrayList<>();
    for (Object o : c) {
      if (!(o instanceof String s) || !t.fields().containsKey(s)) {
        throw invalid(where + " names '" + o + "', which table '" + t.name() + "' does not have");
      }
      out.add(s);
    }
    return out;
  }

  private static List<Ref> refs(Object v, String where) {
    if (v == null) return List.of();
    if (!(v instanceof Collection<?> c)) throw invalid(where + " must be an array of {service, serviceFunction}");
    List<Ref> out = new ArrayList<>();
    for (Object o : c) out.add(ref(map(o, where), where));
    return out;
  }

  private static Ref ref(Map<String, Object> m, String where) {
    for (String k : m.keySet()) {
      if (!k.equals("service") && !k.equals("serviceFunction")) throw invalid(where + " has '" + k + "'; it takes service and serviceFunction");
    }
    return new Ref(text(m, "service"), text(m, "serviceFunction"));
  }

  private static String text(Map<String, ?> m, String key) {
    if (m.get(key) instanceof String s && !s.isBlank()) return s;
    throw invalid("'" + key + "' must be text, got: " + Params.describe(m.get(key)));
  }

  static Map<String, Object> map(Object v, String where) {
    if (v == null) return Map.of();
    if (v instanceof String s) v = s.isBlank() ? Map.of() : Json.read(where, s);
    if (v instanceof Map<?, ?> m) return Params.strings(m, where);
    throw invalid(where + " must be an object, got: " + Params.describe(v));
  }

  static ResourceException invalid(String message) {
    return new ResourceException(ResourceException.RESOURCE_INVALID, 400, message);
  }
}
