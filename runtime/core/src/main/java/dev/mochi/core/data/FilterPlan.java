package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.FieldType.Kind;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Filter.Op;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link Filter} checked against one table: every path resolved to a field, every operator allowed for
 * the field's kind, every value coerced to the field's canonical type. Both the SQL compiler and the
 * in-memory evaluator work from this form, so they cannot disagree about what a filter means.
 */
sealed interface FilterPlan {
  record Cmp(FieldDef field, Op op, Object value) implements FilterPlan {}

  record All(List<FilterPlan> parts) implements FilterPlan {}

  record Any(List<FilterPlan> parts) implements FilterPlan {}

  record Neg(FilterPlan part) implements FilterPlan {}

  Set<Kind> SCALAR = EnumSet.of(Kind.INTEGER, Kind.LONG, Kind.DOUBLE, Kind.BOOLEAN, Kind.STRING, Kind.INSTANT);
  Set<Kind> ORDERED = EnumSet.of(Kind.INTEGER, Kind.LONG, Kind.DOUBLE, Kind.STRING, Kind.INSTANT);

  static FilterPlan of(TableDef table, Filter filter) {
    if (filter == null) return new All(List.of());
    return switch (filter) {
      case Filter.And a -> new All(children(table, a.filters()));
      case Filter.Or o -> new Any(children(table, o.filters()));
      case Filter.Not n -> new Neg(of(table, n.filter()));
      case Filter.Compare c -> compare(table, c);
    };
  }

  private static List<FilterPlan> children(TableDef table, List<Filter> filters) {
    List<FilterPlan> out = new ArrayList<>(filters.size());
    for (Filter f : filters) out.add(of(table, f));
    return out;
  }

  private static FilterPlan compare(TableDef table, Filter.Compare c) {
    if (c.path() == null || c.op() == null) throw new DataException("Filter on table '" + table.name() + "' has no field or operator");
    FieldDef field = table.field(c.path()).orElseThrow(() -> new DataException("Filter names field '" + c.path()
        + "', which table '" + table.name() + "' does not have (fields: " + String.join(", ", table.fields().keySet()) + ")"));
    Kind kind = field.type().kind();
    Set<Kind> allowed = switch (c.op()) {
      case EQ, NE, IN, NIN -> SCALAR;
      case GT, GTE, LT, LTE -> ORDERED;
      case LIKE -> EnumSet.of(Kind.STRING);
      case INCLUDES -> EnumSet.of(Kind.STRING, Kind.LIST);
      case EMPTY -> EnumSet.allOf(Kind.class);
    };
    if (!allowed.contains(kind)) {
      throw new DataException("Operator $" + c.op().name().toLowerCase() + " does not apply to field '" + c.path()
          + "' of table '" + table.name() + "' (" + kind.name().toLowerCase() + "); it applies to " + names(allowed));
    }
    Object value = c.value();
    String where = "field '" + c.path() + "' ($" + c.op().name().toLowerCase() + ")";
    return switch (c.op()) {
      case EMPTY -> {
        if (!(value instanceof Boolean)) throw new DataException("Operator $empty of " + where + " takes true or false");
        yield new Cmp(field, c.op(), value);
      }
      case IN, NIN -> {
        if (!(value instanceof Collection<?> list)) throw new DataException("Operator of " + where + " takes a list of values");
        List<Object> coerced = new ArrayList<>(list.size());
        for (Object v : list) {
          if (v == null) throw new DataException("A list for " + where + " contains null; use $empty to match missing values");
          coerced.add(Values.coerce(table.name(), field, v));
        }
        yield new Cmp(field, c.op(), List.copyOf(coerced));
      }
      case LIKE -> {
        if (!(value instanceof String)) throw new DataException("Operator $like of " + where + " takes a text pattern");
        yield new Cmp(field, c.op(), value);
      }
      case INCLUDES -> {
        if (value == null || value instanceof Collection<?> || value instanceof java.util.Map<?, ?>) {
          throw new DataException("Operator $includes of " + where + " takes one text value");
        }
        yield new Cmp(field, c.op(), value.toString());
      }
      case EQ, NE -> new Cmp(field, c.op(), Values.coerce(table.name(), field, value));
      case GT, GTE, LT, LTE -> {
        if (value == null) throw new DataException("Operator of " + where + " cannot compare with null; use $empty");
        yield new Cmp(field, c.op(), Values.coerce(table.name(), field, value));
      }
    };
  }

  private static String names(Set<Kind> kinds) {
    return String.join(", ", kinds.stream().map(k -> k.name().toLowerCase()).toList());
  }
}
