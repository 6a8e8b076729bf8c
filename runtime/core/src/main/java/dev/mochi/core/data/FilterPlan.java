package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.FieldType.Kind;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Filter.Op;
import dev.mochi.api.data.FilterException;
import dev.mochi.api.data.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Filter} checked against one table: every path resolved to a field (through relations for dotted
 * paths), every operator allowed for the field's kind, every value coerced to the field's canonical type. Both the
 * SQL compiler and the in-memory evaluator work from this form, so they cannot disagree about what a filter means.
 *
 * <p>A path through to-one relations ({@code author.team.name}) stays a comparison ({@link Cmp} with its
 * {@code via} hops): the value is the related row's field, null when there is no related row, so null logic is
 * the same as for a field of the table itself. A to-many relation ({@code tags.name}) becomes {@link Some}: some
 * related row matches. Comparisons on one to-many relation under one AND are merged, so
 * {@code {"tags.name": "a", "tags.color": "red"}} asks for one tag that is both.
 */
sealed interface FilterPlan {
  /** A comparison of a field of the row reached through {@code via} (to-one hops; empty for the table's own). */
  record Cmp(FieldDef field, Op op, Object value, List<Hop> via) implements FilterPlan {
    public Cmp {
      via = List.copyOf(via);
    }
  }

  /** Some row reached through {@code many} (after the to-one hops {@code via}) matches {@code inner}. */
  record Some(List<Hop> via, Hop many, FilterPlan inner) implements FilterPlan {
    public Some {
      via = List.copyOf(via);
    }

    String key() {
      StringBuilder b = new StringBuilder();
      for (Hop h : via) b.append(h.key()).append('/');
      return b.append(many.key()).toString();
    }
  }

  record All(List<FilterPlan> parts) implements FilterPlan {}

  record Any(List<FilterPlan> parts) implements FilterPlan {}

  record Neg(FilterPlan part) implements FilterPlan {}

  /** One step along a relation, from a row of {@code source} to rows of {@code target} ({@code through}: join table or null). */
  record Hop(Relation relation, TableDef source, TableDef target, TableDef through) {
    String key() {
      return source.name() + "." + relation.name();
    }
  }

  Set<Kind> SCALAR = EnumSet.of(Kind.INTEGER, Kind.LONG, Kind.DOUBLE, Kind.BOOLEAN, Kind.STRING, Kind.INSTANT);
  Set<Kind> ORDERED = EnumSet.of(Kind.INTEGER, Kind.LONG, Kind.DOUBLE, Kind.STRING, Kind.INSTANT);
  /** Relation hops one path may take. */
  int MAX_HOPS = 4;

  /** A plan over a table without following relations. */
  static FilterPlan of(TableDef table, Filter filter) {
    return of(null, table, filter);
  }

  /** A plan over a table; dotted paths follow the relations {@code schema} knows. */
  static FilterPlan of(Schema schema, TableDef table, Filter filter) {
    if (filter == null) return new All(List.of());
    return switch (filter) {
      case Filter.And a -> all(children(schema, table, a.filters()));
      case Filter.Or o -> new Any(children(schema, table, o.filters()));
      case Filter.Not n -> new Neg(of(schema, table, n.filter()));
      case Filter.Compare c -> compare(schema, table, c);
    };
  }

  private static List<FilterPlan> children(Schema schema, TableDef table, List<Filter> filters) {
    List<FilterPlan> out = new ArrayList<>(filters.size());
    for (Filter f : filters) out.add(of(schema, table, f));
    return out;
  }

  /** An AND whose conditions on one to-many relation are merged into one {@link Some}. */
  private static FilterPlan all(List<FilterPlan> parts) {
    Map<String, List<FilterPlan>> inner = new LinkedHashMap<>();
    Map<String, Some> first = new LinkedHashMap<>();
    List<Object> order = new ArrayList<>();
    for (FilterPlan p : parts) {
      if (p instanceof Some s) {
        if (first.putIfAbsent(s.key(), s) == null) order.add(s.key());
        inner.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s.inner());
      } else {
        order.add(p);
      }
    }
    if (first.isEmpty()) return new All(parts);
    List<FilterPlan> out = new ArrayList<>(order.size());
    for (Object o : order) {
      if (o instanceof String key) {
        Some s = first.get(key);
        List<FilterPlan> in = inner.get(key);
        out.add(in.size() == 1 ? s : new Some(s.via(), s.many(), all(in)));
      } else {
        out.add((FilterPlan) o);
      }
    }
    return new All(out);
  }

  private static FilterPlan compare(Schema schema, TableDef table, Filter.Compare c) {
    if (c.path() == null || c.op() == null) throw new FilterException("Filter on table '" + table.name() + "' has no field or operator");
    if (table.fields().containsKey(c.path()) || schema == null || !c.path().contains(".") && !table.relations().containsKey(c.path())) {
      return local(table, c.path(), c, List.of());
    }
    return path(schema, table, c, c.path().split("\\.", -1), 0, new ArrayList<>(), 0);
  }

  /** Walks the segments of a dotted path from {@code table}; to-one hops gather in {@code via}. */
  private static FilterPlan path(Schema schema, TableDef table, Filter.Compare c, String[] segs, int i, List<Hop> via, int hops) {
    String seg = segs[i];
    if (i == segs.length - 1) {
      if (table.fields().containsKey(seg)) return local(table, seg, c, via);
      if (table.relations().containsKey(seg)) return existence(schema, table, c, hop(schema, table, seg, c), via);
      throw unknown(table, c.path(), seg);
    }
    if (!table.relations().containsKey(seg)) {
      throw new FilterException("Filter path '" + c.path() + "': '" + seg + "' is not a relation of table '" + table.name()
          + "' (relations: " + names(table.relations().keySet()) + ")");
    }
    if (hops + 1 > MAX_HOPS) {
      throw new FilterException("Filter path '" + c.path() + "' follows more than " + MAX_HOPS + " relations");
    }
    Hop hop = hop(schema, table, seg, c);
    if (hop.relation().toOne()) {
      List<Hop> more = new ArrayList<>(via);
      more.add(hop);
      return path(schema, hop.target(), c, segs, i + 1, more, hops + 1);
    }
    return new Some(via, hop, path(schema, hop.target(), c, segs, i + 1, new ArrayList<>(), hops + 1));
  }

  private static Hop hop(Schema schema, TableDef table, String name, Filter.Compare c) {
    Relation r = table.relations().get(name);
    TableDef target = schema.find(r.target()).orElseThrow(() -> new FilterException("Filter path '" + c.path()
        + "': relation '" + name + "' of table '" + table.name() + "' points to table '" + r.target() + "', which does not exist yet"));
    TableDef through = r.type() == Relation.Type.BELONGS_TO_MANY ? schema.table(r.through()) : null;
    return new Hop(r, table, target, through);
  }

  /** A relation named as a whole: {@code null} / {@code $empty: true} mean no related row, {@code $ne: null} some. */
  private static FilterPlan existence(Schema schema, TableDef table, Filter.Compare c, Hop hop, List<Hop> via) {
    boolean none = switch (c.op()) {
      case EQ -> c.value() == null;
      case NE -> c.value() != null;
      case EMPTY -> Boolean.TRUE.equals(c.value());
      default -> throw new FilterException("Filter path '" + c.path() + "' names a relation; it takes null, {\"$ne\": null}, "
          + "$empty, $exists or $notExists, or name one of its fields (" + c.path() + ".<field>)");
    };
    if ((c.op() == Op.EQ || c.op() == Op.NE) && c.value() != null || c.op() == Op.EMPTY && !(c.value() instanceof Boolean)) {
      throw new FilterException("Filter path '" + c.path() + "' names a relation; compare it with null or name one of its fields");
    }
    if (hop.relation().toOne()) {
      List<Hop> more = new ArrayList<>(via);
      more.add(hop);
      FieldDef key = hop.target().require(hop.relation().type() == Relation.Type.BELONGS_TO
          ? hop.relation().targetKey() : hop.relation().foreignKey());
      return new Cmp(key, none ? Op.EQ : Op.NE, null, more);
    }
    Some some = new Some(via, hop, new All(List.of()));
    return none ? new Neg(some) : some;
  }

  private static FilterException unknown(TableDef table, String path, String name) {
    return new FilterException("Filter names field '" + path + "', which table '" + table.name() + "' does not have (fields: "
        + String.join(", ", table.fields().keySet()) + (table.relations().isEmpty() ? "" : "; relations: "
        + names(table.relations().keySet())) + ")");
  }

  private static String names(Collection<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  private static FilterPlan local(TableDef table, String name, Filter.Compare c, List<Hop> via) {
    FieldDef field = table.field(name).orElseThrow(() -> unknown(table, c.path(), name));
    Kind kind = field.type().kind();
    Set<Kind> allowed = switch (c.op()) {
      case EQ, NE, IN, NIN -> SCALAR;
      case GT, GTE, LT, LTE -> ORDERED;
      case LIKE -> EnumSet.of(Kind.STRING);
      case INCLUDES -> EnumSet.of(Kind.STRING, Kind.LIST);
      case EMPTY -> EnumSet.allOf(Kind.class);
    };
    if (!allowed.contains(kind)) {
      throw new FilterException("Operator $" + c.op().name().toLowerCase() + " does not apply to field '" + c.path()
          + "' of table '" + table.name() + "' (" + kind.name().toLowerCase() + "); it applies to " + kinds(allowed));
    }
    Object value = c.value();
    String where = "field '" + c.path() + "' ($" + c.op().name().toLowerCase() + ")";
    return switch (c.op()) {
      case EMPTY -> {
        if (!(value instanceof Boolean)) throw new FilterException("Operator $empty of " + where + " takes true or false");
        yield new Cmp(field, c.op(), value, via);
      }
      case IN, NIN -> {
        if (!(value instanceof Collection<?> list)) throw new FilterException("Operator of " + where + " takes a list of values");
        List<Object> coerced = new ArrayList<>(list.size());
        for (Object v : list) {
          if (v == null) throw new FilterException("A list for " + where + " contains null; use $empty to match missing values");
          coerced.add(coerce(table, field, v));
        }
        yield new Cmp(field, c.op(), List.copyOf(coerced), via);
      }
      case LIKE -> {
        if (!(value instanceof String)) throw new FilterException("Operator $like of " + where + " takes a text pattern");
        yield new Cmp(field, c.op(), value, via);
      }
      case INCLUDES -> {
        if (value == null || value instanceof Collection<?> || value instanceof java.util.Map<?, ?>) {
          throw new FilterException("Operator $includes of " + where + " takes one text value");
        }
        yield new Cmp(field, c.op(), value.toString(), via);
      }
      case EQ, NE -> new Cmp(field, c.op(), coerce(table, field, value), via);
      case GT, GTE, LT, LTE -> {
        if (value == null) throw new FilterException("Operator of " + where + " cannot compare with null; use $empty");
        yield new Cmp(field, c.op(), coerce(table, field, value), via);
      }
    };
  }

  private static Object coerce(TableDef table, FieldDef field, Object value) {
    try {
      return Values.coerce(table.name(), field, value);
    } catch (FilterException e) {
      throw e;
    } catch (DataException e) {
      throw new FilterException(e.getMessage(), e);
    }
  }

  private static String kinds(Set<Kind> kinds) {
    return String.join(", ", kinds.stream().map(k -> k.name().toLowerCase()).toList());
  }
}
