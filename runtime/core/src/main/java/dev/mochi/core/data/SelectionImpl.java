package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.Selection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectQuery;
import org.jooq.SortField;

/** A query being built over one table; rows are mapped to {@code T} at the end. */
final class SelectionImpl<T> implements Selection<T> {
  private final DSLContext dsl;
  private final Schema schema;
  private final TableDef table;
  private final Function<Row, T> mapper;
  private Filter filter = Filter.ALL;
  private final List<String> order = new ArrayList<>();
  private int limit = -1;
  private int offset;
  private List<String> fields = List.of();

  SelectionImpl(DSLContext dsl, Schema schema, TableDef table, Function<Row, T> mapper) {
    this.dsl = dsl;
    this.schema = schema;
    this.table = table;
    this.mapper = mapper;
  }

  @Override public Selection<T> where(Filter filter) {
    this.filter = this.filter == Filter.ALL ? filter : Filter.and(this.filter, filter);
    return this;
  }

  @Override public Selection<T> orderBy(String... keys) {
    order.addAll(List.of(keys));
    return this;
  }

  @Override public Selection<T> limit(int limit) {
    if (limit < 0) throw new DataException("Limit of a query on table '" + table.name() + "' must be 0 or more, got " + limit);
    this.limit = limit;
    return this;
  }

  @Override public Selection<T> offset(int offset) {
    if (offset < 0) throw new DataException("Offset of a query on table '" + table.name() + "' must be 0 or more, got " + offset);
    this.offset = offset;
    return this;
  }

  @Override public Selection<T> fields(String... fields) {
    this.fields = List.of(fields);
    return this;
  }

  @Override public List<T> list() {
    List<FieldDef> defs = fields.isEmpty() ? List.copyOf(table.fields().values()) : table.require(fields);
    SelectQuery<Record> q = dsl.selectQuery();
    q.addFrom(Sql.table(table));
    q.addSelect(Sql.fields(defs));
    q.addConditions(SqlFilter.compile(FilterPlan.of(schema, table, filter), dsl.dialect()));
    for (String key : order) {
      boolean desc = key.startsWith("-");
      Field<Object> f = Sql.field(table.require(desc || key.startsWith("+") ? key.substring(1) : key));
      SortField<Object> s = desc ? f.desc().nullsLast() : f.asc().nullsFirst();
      q.addOrderBy(s);
    }
    if (limit >= 0) q.addLimit(offset, limit);
    else if (offset > 0) q.addOffset(offset);
    List<T> out = new ArrayList<>();
    for (Record r : Guard.run("Select", table.name(), q::fetch)) out.add(mapper.apply(row(defs, r)));
    return out;
  }

  static Row row(List<FieldDef> defs, Record r) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < defs.size(); i++) {
      FieldDef f = defs.get(i);
      values.put(f.name(), Values.fromColumn(f.type(), r.get(i)));
    }
    return new RowImpl(values);
  }

  @Override public Optional<T> first() {
    int saved = limit;
    limit = 1;
    try {
      return list().stream().findFirst();
    } finally {
      limit = saved;
    }
  }

  @Override public long count() {
    var where = SqlFilter.compile(FilterPlan.of(schema, table, filter), dsl.dialect());
    return Guard.run("Count", table.name(), () -> dsl.selectCount().from(Sql.table(table)).where(where).fetchOne(0, Long.class));
  }
}
