package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Relation;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.resource.ActionResult;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Actions on {@code source/<id>/<relation>}: the source record must be one the caller may {@code get}. Reading and
 * changing target records ({@code list}, {@code get}, {@code count}, {@code create}, {@code update}, {@code
 * destroy}) follow the caller's grants on the target resource, kept to the related records; changing which
 * records are related ({@code add}, {@code remove}, {@code set}, {@code toggle}, and {@code create}, which links
 * what it makes) also needs {@code update} on the source record and {@code get} on every target named.
 */
final class AssociationActions {
  private static final Map<Relation.Type, Set<String>> ACTIONS = Map.of(
      Relation.Type.BELONGS_TO, Set.of("get", "update", "set", "remove"),
      Relation.Type.HAS_ONE, Set.of("get", "create", "update", "destroy", "set", "remove"),
      Relation.Type.HAS_MANY, Set.of("list", "get", "count", "create", "update", "destroy", "add", "remove", "set"),
      Relation.Type.BELONGS_TO_MANY, Set.of("list", "get", "count", "create", "update", "destroy", "add", "remove", "set", "toggle"));
  static final Set<String> READS = Set.of("list", "get", "count");

  private final Tables tables;
  private final Access access;
  private final TableActions actions;

  AssociationActions(Tables tables, Access access, TableActions actions) {
    this.tables = tables;
    this.access = access;
    this.actions = actions;
  }

  static boolean offers(Relation r, String action) {
    return ACTIONS.get(r.type()).contains(action);
  }

  /** Resolves the source record (as the caller may get it) and the relation. */
  Association open(Caller caller, String resource, String sourceId) {
    TableInfo source = tables.info(resource.substring(0, resource.indexOf('.')));
    Permission read = access.decide(caller, source.name(), "get");
    Map<String, Object> key = tables.key(source, sourceId);
    Row row = tables.page(source, Where.and(Tables.keyFilter(key), read.scope()), List.copyOf(source.fields().keySet()),
        source.primary(), 0, 1).stream().findFirst()
        .orElseThrow(() -> ResourceException.notFound("No record " + key + " in '" + source.name() + "'"));
    return Association.resolve(tables, resource, source, row.asMap());
  }

  ActionResult run(Caller caller, Association a, String action, Params params) {
    Relation r = a.relation();
    if (!offers(r, action)) {
      throw new ResourceException(ResourceException.ACTION_UNKNOWN, 404, "Association " + a.source().name() + "." + r.name()
          + " (" + r.type().name().toLowerCase() + ") has no action '" + action + "'; it has " + ACTIONS.get(r.type()));
    }
    TableInfo t = a.target();
    return switch (action) {
      case "list" -> actions.list(t, access.decide(caller, t.name(), "list"), caller, params, a.related());
      case "count" -> actions.count(t, access.decide(caller, t.name(), "count"), caller, params, a.related());
      case "get" -> actions.get(t, access.decide(caller, t.name(), "get"), caller, params, a.related());
      case "update" -> actions.update(t, access.decide(caller, t.name(), "update"), caller, toOne(a, params), a.related());
      case "destroy" -> actions.destroy(t, access.decide(caller, t.name(), "destroy"), caller, toOne(a, params), a.related());
      case "create" -> create(caller, a, params);
      case "add" -> link(caller, a, params, Change.ADD);
      case "remove" -> link(caller, a, params, Change.REMOVE);
      case "set" -> link(caller, a, params, Change.SET);
      default -> link(caller, a, params, Change.TOGGLE);
    };
  }

  /** For a to-one relation the target is the related record: its key stands in for {@code filterByTk}. */
  private Params toOne(Association a, Params params) {
    if (a.toMany() || params.has("filterByTk")) return params;
    Row related = tables.page(a.target(), a.related(), a.target().primary(), a.target().primary(), 0, 1).stream().findFirst()
        .orElseThrow(() -> ResourceException.notFound("Record " + Tables.keyOf(a.source(), a.sourceRow()) + " of '"
            + a.source().name() + "' has no " + a.relation().name()));
    Map<String, Object> p = new HashMap<>(params.raw());
    Map<String, Object> key = Tables.keyOf(a.target(), related.asMap());
    p.put("filterByTk", key.size() == 1 ? key.values().iterator().next() : key);
    return new Params(p);
  }

  private ActionResult create(Caller caller, Association a, Params params) {
    sourceWritable(caller, a);
    TableInfo t = a.target();
    Relation r = a.relation();
    Permission p = access.decide(caller, t.name(), "create");
    Map<String, Object> values = new LinkedHashMap<>(Shape.writes(t, p, params.object("values"), false, tables.data));
    Row row;
    if (r.type() == Relation.Type.BELONGS_TO_MANY) {
      row = tables.insert(t, values, caller, p.scope(), (tx, created) -> tx.create(r.through(),
          Map.of(r.foreignKey(), a.sourceKeyValue(), r.otherKey(), created.get(r.targetKey()))));
    } else {
      if (r.type() == Relation.Type.HAS_ONE) unlinkAll(a, caller);
      values.put(r.foreignKey(), a.sourceKeyValue());
      row = tables.insert(t, values, caller, p.scope());
    }
    return ActionResult.of(Shape.only(row.asMap(), Shape.fields(t, p, List.of(), List.of())));
  }

  private enum Change { ADD, REMOVE, SET, TOGGLE }

  private ActionResult link(Caller caller, Association a, Params params, Change change) {
    sourceWritable(caller, a);
    Relation r = a.relation();
    List<Map<String, Object>> keys = change == Change.REMOVE && !a.toMany() && !params.has("filterByTk")
        ? List.of() : a.targetKeys(tables, params);
    if (!a.toMany() && keys.size() > 1) {
      throw ResourceException.badParam(a.source().name() + "." + r.name() + " relates one record; give one key");
    }
    visible(caller, a.target(), keys);
    switch (r.type()) {
      case BELONGS_TO -> {
        Map<String, Object> fk = new HashMap<>();
        fk.put(r.foreignKey(), change == Change.REMOVE ? null : keys.getFirst().get(r.targetKey()));
        tables.update(a.source(), Tables.keyOf(a.source(), a.sourceRow()), fk, caller);
      }
      case HAS_ONE, HAS_MANY -> {
        List<Map<String, Object>> related = relatedKeys(a);
        if (change == Change.SET || r.type() == Relation.Type.HAS_ONE && change != Change.REMOVE) {
          for (Map<String, Object> k : related) if (!keys.contains(k)) setForeignKey(a, k, null, caller);
        }
        for (Map<String, Object> k : keys) {
          boolean linked = related.contains(k);
          boolean want = switch (change) {
            case ADD, SET -> true;
            case REMOVE -> false;
            case TOGGLE -> !linked;
          };
          if (want && !linked) setForeignKey(a, k, a.sourceKeyValue(), caller);
          if (!want && linked) setForeignKey(a, k, null, caller);
        }
        if (change == Change.REMOVE && keys.isEmpty()) unlinkAll(a, caller);
      }
      case BELONGS_TO_MANY -> linkThrough(caller, a, keys, change);
    }
    return ActionResult.of(null);
  }

  private void linkThrough(Caller caller, Association a, List<Map<String, Object>> keys, Change change) {
    Relation r = a.relation();
    TableInfo through = tables.info(r.through());
    Filter mine = Filter.eq(r.foreignKey(), a.sourceKeyValue());
    List<Object> linked = new ArrayList<>();
    for (Row l : tables.page(through, mine, List.of(r.otherKey()), through.primary(), 0, Association.MAX_LINKS)) linked.add(l.get(r.otherKey()));
    List<Object> named = new ArrayList<>();
    for (Map<String, Object> k : keys) named.add(k.get(r.targetKey()));
    List<Object> drop = new ArrayList<>();
    List<Object> add = new ArrayList<>();
    for (Object k : named) {
      boolean has = linked.contains(k);
      switch (change) {
        case ADD, SET -> { if (!has) add.add(k); }
        case REMOVE -> { if (has) drop.add(k); }
        case TOGGLE -> { if (has) drop.add(k); else add.add(k); }
      }
    }
    if (change == Change.SET) for (Object k : linked) if (!named.contains(k)) drop.add(k);
    if (!drop.isEmpty()) tables.delete(through, Where.and(mine, Filter.in(r.otherKey(), drop)));
    for (Object k : add) {
      Map<String, Object> link = new LinkedHashMap<>();
      link.put(r.foreignKey(), a.sourceKeyValue());
      link.put(r.otherKey(), k);
      tables.insertIfAbsent(through, link, List.of(r.foreignKey(), r.otherKey()), caller, Filter.ALL);
    }
  }

  private List<Map<String, Object>> relatedKeys(Association a) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row x : tables.page(a.target(), a.related(), a.target().primary(), a.target().primary(), 0, Association.MAX_LINKS)) {
      out.add(Tables.keyOf(a.target(), x.asMap()));
    }
    return out;
  }

  private void unlinkAll(Association a, Caller caller) {
    for (Map<String, Object> k : relatedKeys(a)) setForeignKey(a, k, null, caller);
  }

  private void setForeignKey(Association a, Map<String, Object> targetKey, Object value, Caller caller) {
    Map<String, Object> v = new HashMap<>();
    v.put(a.relation().foreignKey(), value);
    tables.update(a.target(), targetKey, v, caller);
  }

  /** Changing what is related changes the source record: the caller needs {@code update} on it. */
  private void sourceWritable(Caller caller, Association a) {
    Permission p = access.decide(caller, a.source().name(), "update");
    Map<String, Object> key = Tables.keyOf(a.source(), a.sourceRow());
    actions.reachable(a.source(), p, caller, key, Filter.ALL, "update");
  }

  /** Every named target must be a record the caller may get. */
  private void visible(Caller caller, TableInfo t, List<Map<String, Object>> keys) {
    if (keys.isEmpty()) return;
    Permission p = access.decide(caller, t.name(), "get");
    List<Filter> any = new ArrayList<>();
    for (Map<String, Object> k : keys) any.add(Tables.keyFilter(k));
    long found = tables.count(t, Where.and(new Filter.Or(any), p.scope()));
    if (found < Set.copyOf(keys).size()) throw ResourceException.notFound("Not every record named in filterByTk exists in '" + t.name() + "'");
  }
}
