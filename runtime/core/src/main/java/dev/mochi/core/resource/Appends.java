package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Relation;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code appends}: related records attached to each record (a to-one relation as a record or null, a to-many
 * relation as a list sorted by key), loaded with one query per relation (and per 500 keys), never one per record.
 * A relation may be appended when the caller's grant names it; its records are those the caller may {@code list} of
 * the related resource, with the fields they may read there. Paths nest ({@code author.team}) up to three levels.
 */
final class Appends {
  static final int MAX_DEPTH = 3;
  /** Related records one relation may bring into one answer. */
  static final int MAX_RELATED = 1000;
  private static final int CHUNK = 500;

  /** One relation to append: its target, the caller's permission there, and what to append below it. */
  record Node(String name, Relation relation, TableInfo target, Permission permission, Map<String, Node> children) {}

  private final Tables tables;
  private final Access access;

  Appends(Tables tables, Access access) {
    this.tables = tables;
    this.access = access;
  }

  /** Checks and arranges {@code appends} ({@code ["author.team", "tags"]}) into a tree. */
  Map<String, Node> plan(TableInfo t, Permission p, Caller caller, List<String> appends) {
    Map<String, Node> root = new LinkedHashMap<>();
    for (String path : appends) {
      String[] segs = path.split("\\.", -1);
      if (segs.length > MAX_DEPTH) throw ResourceException.badParam("Append '" + path + "' is deeper than " + MAX_DEPTH + " relations");
      Map<String, Node> level = root;
      TableInfo at = t;
      Permission perm = p;
      for (String seg : segs) {
        Node n = level.get(seg);
        if (n == null) {
          n = node(at, perm, caller, seg, path);
          level.put(seg, n);
        }
        level = n.children();
        at = n.target();
        perm = n.permission();
      }
    }
    return root;
  }

  private Node node(TableInfo t, Permission p, Caller caller, String name, String path) {
    Relation r = t.relations().get(name);
    if (r == null) {
      throw new ResourceException(ResourceException.FIELD_UNKNOWN, 400, "Append '" + path + "': '" + name + "' is not a relation of '"
          + t.name() + "' (relations: " + (t.relations().isEmpty() ? "none" : String.join(", ", t.relations().keySet())) + ")");
    }
    if (!p.appends(name)) throw ResourceException.forbidden("You may not append '" + name + "' to '" + t.name() + "'");
    TableInfo target = tables.info(r.target());
    Permission tp = access.find(caller, target.name(), "list").orElseThrow(() -> ResourceException.forbidden("You may append '"
        + name + "' to '" + t.name() + "' but not list '" + target.name() + "'"));
    return new Node(name, r, target, tp, new LinkedHashMap<>());
  }

  /** The fields records need so these relations can be attached. */
  static Set<String> links(Map<String, Node> plan) {
    Set<String> out = new LinkedHashSet<>();
    for (Node n : plan.values()) out.add(n.relation().type() == Relation.Type.BELONGS_TO ? n.relation().foreignKey() : n.relation().sourceKey());
    return out;
  }

  /** Attaches the planned relations to {@code rows} (mutable maps holding at least {@link #links}). */
  void attach(List<Map<String, Object>> rows, Map<String, Node> plan) {
    for (Node n : plan.values()) attach(rows, n);
  }

  private void attach(List<Map<String, Object>> rows, Node n) {
    Relation r = n.relation();
    List<String> shown = Shape.fields(n.target(), n.permission(), List.of(), List.of());
    Set<String> fetch = new LinkedHashSet<>(shown);
    fetch.addAll(links(n.children()));
    switch (r.type()) {
      case BELONGS_TO -> {
        fetch.add(r.targetKey());
        Map<Object, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (Map<String, Object> x : fetch(n, r.targetKey(), values(rows, r.foreignKey()), fetch)) byKey.put(x.get(r.targetKey()), x);
        finish(byKey.values(), n, shown);
        for (Map<String, Object> row : rows) row.put(n.name(), byKey.get(row.get(r.foreignKey())));
      }
      case HAS_ONE, HAS_MANY -> {
        fetch.add(r.foreignKey());
        List<Map<String, Object>> related = fetch(n, r.foreignKey(), values(rows, r.sourceKey()), fetch);
        Map<Object, List<Map<String, Object>>> byOwner = new LinkedHashMap<>();
        for (Map<String, Object> x : related) byOwner.computeIfAbsent(x.get(r.foreignKey()), k -> new ArrayList<>()).add(x);
        finish(related, n, shown);
        for (Map<String, Object> row : rows) {
          List<Map<String, Object>> mine = byOwner.getOrDefault(row.get(r.sourceKey()), List.of());
          row.put(n.name(), r.type() == Relation.Type.HAS_ONE ? (mine.isEmpty() ? null : mine.getFirst()) : new ArrayList<>(mine));
        }
      }
      case BELONGS_TO_MANY -> {
        TableInfo through = tables.info(r.through());
        List<Map<String, Object>> links = fetch(through, Permission.ALL, r.foreignKey(), values(rows, r.sourceKey()),
            Set.of(r.foreignKey(), r.otherKey()));
        fetch.add(r.targetKey());
        Map<Object, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (Map<String, Object> x : fetch(n, r.targetKey(), values(links, r.otherKey()), fetch)) byKey.put(x.get(r.targetKey()), x);
        finish(byKey.values(), n, shown);
        Map<Object, Set<Object>> linked = new LinkedHashMap<>();
        for (Map<String, Object> l : links) linked.computeIfAbsent(l.get(r.foreignKey()), k -> new LinkedHashSet<>()).add(l.get(r.otherKey()));
        for (Map<String, Object> row : rows) {
          List<Map<String, Object>> mine = new ArrayList<>();
          for (Object k : linked.getOrDefault(row.get(r.sourceKey()), Set.of())) {
            Map<String, Object> x = byKey.get(k);
            if (x != null) mine.add(x);
          }
          row.put(n.name(), mine);
        }
      }
    }
  }

  /** Attaches the children to the related records, then trims them to the fields shown. */
  private void finish(java.util.Collection<Map<String, Object>> related, Node n, List<String> shown) {
    List<Map<String, Object>> list = new ArrayList<>(related);
    attach(list, n.children());
    Set<String> keep = new LinkedHashSet<>(shown);
    keep.addAll(n.children().keySet());
    for (Map<String, Object> x : list) x.keySet().retainAll(keep);
  }

  private static List<Object> values(List<Map<String, Object>> rows, String field) {
    Set<Object> out = new LinkedHashSet<>();
    for (Map<String, Object> r : rows) {
      Object v = r.get(field);
      if (v != null) out.add(v);
    }
    return new ArrayList<>(out);
  }

  private List<Map<String, Object>> fetch(Node n, String field, List<Object> values, Set<String> fields) {
    return fetch(n.target(), n.permission(), field, values, fields);
  }

  private List<Map<String, Object>> fetch(TableInfo t, Permission p, String field, List<Object> values, Set<String> fields) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i += CHUNK) {
      List<Object> chunk = values.subList(i, Math.min(values.size(), i + CHUNK));
      Filter where = Filter.and(Filter.in(field, chunk), p.scope());
      for (Row r : tables.page(t, where, List.copyOf(fields), t.primary(), 0, MAX_RELATED + 1 - out.size())) {
        out.add(new LinkedHashMap<>(r.asMap()));
      }
      if (out.size() > MAX_RELATED) {
        throw ResourceException.badParam("Appending from '" + t.name() + "' would bring more than " + MAX_RELATED
            + " records; list them through the association instead");
      }
    }
    return out;
  }
}
