package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.resource.ResourceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of a sql resource: the resource's fixed condition (with the caller's values for its variables), the
 * caller's JianghuJS conditions ({@code where}, {@code whereIn}, {@code whereLike}, {@code whereOptions}, {@code
 * whereOrOptions}, and Mochi's {@code filter}), and the hooks' conditions, AND-ed; then the operation. The caller may
 * name only the fields the resource exposes; {@code limit} is capped like a list's page size.
 */
final class SqlResource {
  private final Tables tables;
  private final DeclaredSpec.Sql spec;
  private final DeclaredCallImpl call;
  private final TableInfo t;
  private final List<String> visible;

  SqlResource(Tables tables, DeclaredSpec.Sql spec, DeclaredCallImpl call) {
    this.tables = tables;
    this.spec = spec;
    this.call = call;
    this.t = tables.info(spec.table());
    this.visible = spec.visible(t);
  }

  Map<String, Object> run() {
    Filter client = DeclaredSpec.conditions(call.appData(), "appData");
    names(client);
    Filter where = Where.and(Variables.apply(spec.where(), call.caller()), client, call.hookConditions());
    return switch (spec.operation()) {
      case "select" -> select(where);
      case "insert" -> insert();
      case "update" -> update(where);
      default -> delete(where);
    };
  }

  private Map<String, Object> select(Filter where) {
    Map<String, Object> app = call.appData();
    Params p = new Params(new LinkedHashMap<>(app));
    int offset = p.integer("offset", 0, 0);
    boolean limited = p.has("limit");
    int limit = Math.min(p.integer("limit", TableActions.MAX_PAGE_SIZE, 1), TableActions.MAX_PAGE_SIZE);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Row r : tables.page(t, where, visible, order(), offset, limit)) rows.add(r.asMap());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rows", rows);
    if (limited) out.put("count", tables.count(t, where));
    return out;
  }

  private Map<String, Object> insert() {
    Row row = tables.insert(t, values(), call.caller(), Variables.apply(spec.where(), call.caller()));
    return Map.of("rows", List.of(Shape.only(row.asMap(), visible)));
  }

  private Map<String, Object> update(Filter where) {
    if (Tables.isAll(where)) throw keyRequired();
    Map<String, Object> values = values();
    int n = 0;
    for (Map<String, Object> key : tables.keys(t, where)) if (tables.update(t, key, values, call.caller())) n++;
    return Map.of("rows", n);
  }

  private Map<String, Object> delete(Filter where) {
    if (Tables.isAll(where)) throw keyRequired();
    return Map.of("rows", tables.delete(t, where));
  }

  /** {@code actionData} without the key and the server's fields; only exposed fields. */
  private Map<String, Object> values() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : call.actionData().entrySet()) {
      String f = e.getKey();
      if (t.primary().contains(f) || t.managed().contains(f)) continue;
      if (!t.fields().containsKey(f)) {
        throw new ResourceException(ResourceException.FIELD_UNKNOWN, 400, "actionData names field '" + f + "', which table '"
            + t.name() + "' does not have");
      }
      if (!visible.contains(f)) throw ResourceException.forbidden("Declared resource " + call.pageId() + "." + call.actionId()
          + " does not expose field '" + f + "'");
      out.put(f, e.getValue());
    }
    try {
      return tables.data.coerce(t.name(), out);
    } catch (dev.mochi.api.data.DataException e) {
      throw new ResourceException(ResourceException.VALUE_INVALID, 400, e.getMessage(), e);
    }
  }

  /** JianghuJS's {@code orderBy: [{column, order}]}, each an exposed column, with the key as tie-breaker. */
  private List<String> order() {
    List<String> out = new ArrayList<>();
    Set<String> named = new LinkedHashSet<>();
    for (String key : new Params(new LinkedHashMap<>(call.appData())).sort()) {
      String col = key.startsWith("-") ? key.substring(1) : key;
      if (!visible.contains(col)) {
        throw new ResourceException(ResourceException.FIELD_UNKNOWN, 400, "appData.orderBy names column '" + col
            + "', which declared resource " + call.pageId() + "." + call.actionId() + " does not expose");
      }
      if (named.add(col)) out.add(key);
    }
    for (String k : t.primary()) if (!named.contains(k)) out.add(k);
    return out;
  }

  /** The caller's conditions may only name exposed fields. */
  private void names(Filter f) {
    switch (f) {
      case Filter.And a -> a.filters().forEach(this::names);
      case Filter.Or o -> o.filters().forEach(this::names);
      case Filter.Not n -> names(n.filter());
      case Filter.Compare c -> {
        if (c.path() != null && t.fields().containsKey(c.path()) && !visible.contains(c.path())) {
          throw ResourceException.forbidden("Declared resource " + call.pageId() + "." + call.actionId()
              + " does not expose field '" + c.path() + "'");
        }
        if (c.path() != null && !t.fields().containsKey(c.path())) {
          throw new ResourceException(ResourceException.FILTER_INVALID, 400, "The conditions name '" + c.path()
              + "', which declared resource " + call.pageId() + "." + call.actionId() + " does not expose (fields: "
              + String.join(", ", visible) + ")");
        }
      }
    }
  }

  private ResourceException keyRequired() {
    return new ResourceException(ResourceException.KEY_REQUIRED, 400, "Declared resource " + call.pageId() + "." + call.actionId()
        + " (" + spec.operation() + ") needs a condition; give where, whereIn, whereOptions or a filter");
  }
}
