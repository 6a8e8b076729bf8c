package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.resource.ActionResult;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * NocoBase's actions over one table, applying the caller's permission: the scope is AND-ed to every condition, only
 * readable fields are answered, only writable ones written, and a record outside the scope is {@code not_found}
 * (or {@code forbidden} when the caller may read it but not do this to it). Associations call the same methods with
 * an extra condition that keeps them to the related records.
 */
final class TableActions {
  /** The largest page a list answers, whatever {@code pageSize} asks for ({@code meta.pageSize} says what was used). */
  static final int MAX_PAGE_SIZE = 200;

  private final Tables tables;
  private final Access access;
  private final Appends appends;

  TableActions(Tables tables, Access access, Appends appends) {
    this.tables = tables;
    this.access = access;
    this.appends = appends;
  }

  ActionResult list(TableInfo t, Permission p, Caller caller, Params params, Filter extra) {
    Filter client = FilterPaths.secure(params.filter(), t, p, caller, access, tables);
    Filter where = Where.and(p.scope(), extra, client);
    List<String> fields = Shape.fields(t, p, params.list("fields"), params.list("except"));
    Map<String, Appends.Node> plan = appends.plan(t, p, caller, params.list("appends"));
    List<String> sort = Shape.sort(t, p, params.sort());
    int page = params.integer("page", 1, 1);
    int size = Math.min(params.integer(params.has("limit") ? "limit" : "pageSize", Params.DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
    boolean paginate = params.bool("paginate", true);
    int offset = params.has("offset") ? params.integer("offset", 0, 0) : (int) Math.min((long) (page - 1) * size, Integer.MAX_VALUE);
    List<Map<String, Object>> rows = read(t, where, fields, plan, sort, offset, size);
    Map<String, Object> meta = new LinkedHashMap<>();
    if (paginate) {
      long count = tables.count(t, where);
      meta.put("count", count);
      meta.put("page", page);
      meta.put("pageSize", size);
      meta.put("totalPage", (count + size - 1) / size);
    } else {
      meta.put("pageSize", size);
    }
    return new ActionResult(rows, meta);
  }

  ActionResult get(TableInfo t, Permission p, Caller caller, Params params, Filter extra) {
    Filter client = FilterPaths.secure(params.filter(), t, p, caller, access, tables);
    Filter key = params.has("filterByTk") ? Tables.keyFilter(tables.key(t, params.get("filterByTk").orElseThrow())) : Filter.ALL;
    List<String> fields = Shape.fields(t, p, params.list("fields"), params.list("except"));
    Map<String, Appends.Node> plan = appends.plan(t, p, caller, params.list("appends"));
    List<Map<String, Object>> rows = read(t, Where.and(p.scope(), extra, client, key), fields, plan,
        Shape.sort(t, p, params.sort()), 0, 1);
    if (rows.isEmpty()) throw ResourceException.notFound("No such record in '" + t.name() + "'" + described(params));
    return ActionResult.of(rows.getFirst());
  }

  ActionResult count(TableInfo t, Permission p, Caller caller, Params params, Filter extra) {
    Filter client = FilterPaths.secure(params.filter(), t, p, caller, access, tables);
    return ActionResult.of(tables.count(t, Where.and(p.scope(), extra, client)));
  }

  ActionResult create(TableInfo t, Permission p, Caller caller, Params params) {
    Map<String, Object> values = Shape.writes(t, p, params.object("values"), false, tables.data);
    Row row = tables.insert(t, values, caller, p.scope());
    return ActionResult.of(Shape.only(row.asMap(), Shape.fields(t, p, List.of(), List.of())));
  }

  ActionResult update(TableInfo t, Permission p, Caller caller, Params params, Filter extra) {
    Map<String, Object> values = Shape.writes(t, p, params.object("values"), true, tables.data);
    Filter client = FilterPaths.secure(params.filter(), t, p, caller, access, tables);
    List<String> shown = Shape.fields(t, p, List.of(), List.of());
    if (params.has("filterByTk")) {
      Map<String, Object> key = tables.key(t, params.get("filterByTk").orElseThrow());
      reachable(t, p, caller, key, Where.and(extra, client), "update");
      if (!tables.update(t, key, values, caller)) throw ResourceException.notFound("No record " + key + " in '" + t.name() + "'");
      return ActionResult.of(Shape.only(tables.get(t, key).orElseThrow(() -> ResourceException.notFound("Record " + key
          + " of '" + t.name() + "' was destroyed meanwhile")).asMap(), shown));
    }
    if (!params.hasFilter()) throw keyRequired(t, "update");
    List<Map<String, Object>> keys = tables.keys(t, Where.and(p.scope(), extra, client));
    List<Filter> which = new ArrayList<>();
    for (Map<String, Object> key : keys) {
      if (tables.update(t, key, values, caller)) which.add(Tables.keyFilter(key));
    }
    if (which.isEmpty()) return ActionResult.of(List.of());
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r : tables.page(t, new Filter.Or(which), shown, t.primary(), 0, Tables.MAX_BULK)) out.add(r.asMap());
    return ActionResult.of(out);
  }

  ActionResult destroy(TableInfo t, Permission p, Caller caller, Params params, Filter extra) {
    Filter client = FilterPaths.secure(params.filter(), t, p, caller, access, tables);
    if (params.has("filterByTk")) {
      Map<String, Object> key = tables.key(t, params.get("filterByTk").orElseThrow());
      reachable(t, p, caller, key, Where.and(extra, client), "destroy");
      return ActionResult.of(tables.delete(t, Where.and(Tables.keyFilter(key), p.scope(), extra, client)));
    }
    if (!params.hasFilter()) throw keyRequired(t, "destroy");
    return ActionResult.of(tables.delete(t, Where.and(p.scope(), extra, client)));
  }

  ActionResult firstOrCreate(TableInfo t, Permission p, Caller caller, Params params) {
    List<String> keys = filterKeys(t, params);
    Map<String, Object> values = Shape.writes(t, p, params.object("values"), false, tables.data);
    Filter byKeys = byKeys(t, keys, values);
    List<String> shown = Shape.fields(t, p, List.of(), List.of());
    Optional<Row> inserted = tables.insertIfAbsent(t, values, keys, caller, p.scope());
    if (inserted.isPresent()) return new ActionResult(Shape.only(inserted.get().asMap(), shown), Map.of("created", true));
    Row existing = existing(t, p, caller, byKeys);
    return new ActionResult(Shape.only(existing.asMap(), shown), Map.of("created", false));
  }

  ActionResult updateOrCreate(TableInfo t, Permission p, Caller caller, Params params) {
    List<String> keys = filterKeys(t, params);
    Map<String, Object> values = Shape.writes(t, p, params.object("values"), false, tables.data);
    Filter byKeys = byKeys(t, keys, values);
    List<String> shown = Shape.fields(t, p, List.of(), List.of());
    Map<String, Object> changes = new LinkedHashMap<>(values);
    keys.forEach(changes::remove);
    t.primary().forEach(changes::remove);
    for (int attempt = 0; attempt < 3; attempt++) {
      Optional<Row> inserted = tables.insertIfAbsent(t, values, keys, caller, p.scope());
      if (inserted.isPresent()) return new ActionResult(Shape.only(inserted.get().asMap(), shown), Map.of("created", true));
      Optional<Row> found = tables.page(t, byKeys, t.primary(), t.primary(), 0, 1).stream().findFirst();
      if (found.isEmpty()) continue;
      Map<String, Object> key = Tables.keyOf(t, found.get().asMap());
      reachable(t, p, caller, key, Filter.ALL, "updateOrCreate");
      if (!tables.update(t, key, changes, caller)) continue;
      Optional<Row> after = tables.get(t, key);
      if (after.isPresent()) return new ActionResult(Shape.only(after.get().asMap(), shown), Map.of("created", false));
    }
    throw new ResourceException(ResourceException.CONFLICT, 409, "The record of '" + t.name() + "' with " + keys
        + " kept being created and destroyed by others; try again");
  }

  /** Reads records with their appends, trimmed to {@code fields} and the appended relations. */
  List<Map<String, Object>> read(TableInfo t, Filter where, List<String> fields, Map<String, Appends.Node> plan,
                                 List<String> sort, int offset, int limit) {
    Set<String> fetch = new LinkedHashSet<>(fields);
    fetch.addAll(Appends.links(plan));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Row r : tables.page(t, where, List.copyOf(fetch), sort, offset, limit)) rows.add(new LinkedHashMap<>(r.asMap()));
    appends.attach(rows, plan);
    List<String> keep = new ArrayList<>(fields);
    keep.addAll(plan.keySet());
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (Map<String, Object> r : rows) out.add(Shape.only(r, keep));
    return out;
  }

  /**
   * Passes when the record is within this action's scope (and {@code extra}); else {@code forbidden} if the caller may
   * read it, {@code not_found} if not (so the answer does not tell that a hidden record exists).
   */
  void reachable(TableInfo t, Permission p, Caller caller, Map<String, Object> key, Filter extra, String action) {
    Filter k = Tables.keyFilter(key);
    if (tables.count(t, Where.and(k, p.scope(), extra)) > 0) return;
    Optional<Permission> read = access.find(caller, t.name(), "get");
    if (read.isPresent() && tables.count(t, Where.and(k, read.get().scope(), extra)) > 0) {
      throw ResourceException.forbidden("You may read record " + key + " of '" + t.name() + "' but not " + action + " it");
    }
    throw ResourceException.notFound("No record " + key + " in '" + t.name() + "'");
  }

  private Row existing(TableInfo t, Permission p, Caller caller, Filter byKeys) {
    Row found = tables.page(t, byKeys, List.copyOf(t.fields().keySet()), t.primary(), 0, 1).stream().findFirst()
        .orElseThrow(() -> new ResourceException(ResourceException.CONFLICT, 409, "The record of '" + t.name()
            + "' was destroyed while it was being found; try again"));
    reachable(t, p, caller, Tables.keyOf(t, found.asMap()), Filter.ALL, "firstOrCreate");
    return found;
  }

  private static List<String> filterKeys(TableInfo t, Params params) {
    List<String> keys = params.list("filterKeys");
    if (keys.isEmpty()) keys = t.primary();
    Set<String> set = Set.copyOf(keys);
    boolean unique = set.equals(Set.copyOf(t.primary()));
    for (List<String> u : t.unique()) unique |= set.equals(Set.copyOf(u));
    if (!unique) {
      throw ResourceException.badParam("filterKeys " + keys + " of '" + t.name() + "' must be its primary key " + t.primary()
          + (t.unique().isEmpty() ? "" : " or one of its unique keys " + t.unique()) + ", so the record can be found or created atomically");
    }
    return keys;
  }

  private static Filter byKeys(TableInfo t, List<String> keys, Map<String, Object> values) {
    List<Filter> parts = new ArrayList<>();
    for (String k : keys) {
      if (values.get(k) == null) {
        throw ResourceException.badParam("values for '" + t.name() + "' must hold filterKeys field '" + k + "'");
      }
      parts.add(Filter.eq(k, values.get(k)));
    }
    return parts.size() == 1 ? parts.getFirst() : new Filter.And(parts);
  }

  private static ResourceException keyRequired(TableInfo t, String action) {
    return new ResourceException(ResourceException.KEY_REQUIRED, 400, t.name() + ":" + action
        + " needs filterByTk or a filter; to " + action + " every record, give a filter that says so");
  }

  private static String described(Params params) {
    return params.get("filterByTk").map(k -> " with key " + Params.describe(k)).orElse("");
  }
}
