package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.Selection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertOnDuplicateSetStep;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * {@link Database} over the pools: reads on the reader pool, writes on the writer. A write here bypasses the
 * observed states, so it tells the {@link EntityStore} to forget what it had loaded of that table (a state's
 * unflushed writes are kept and still land after it).
 */
final class DatabaseImpl implements Database {
  private final DSLContext reader;
  private final DSLContext writer;
  private final Schema schema;
  private final EntityStore store;
  private final Changes changes;
  /** Changes made inside a transaction, announced when it commits; null outside one. */
  private final List<RowChange> pending;

  DatabaseImpl(DSLContext reader, DSLContext writer, Schema schema, EntityStore store, Changes changes) {
    this(reader, writer, schema, store, changes, null);
  }

  private DatabaseImpl(DSLContext reader, DSLContext writer, Schema schema, EntityStore store, Changes changes,
                       List<RowChange> pending) {
    this.reader = reader;
    this.writer = writer;
    this.schema = schema;
    this.store = store;
    this.changes = changes;
    this.pending = pending;
  }

  private void emit(List<RowChange> made) {
    if (made.isEmpty()) return;
    if (pending != null) pending.addAll(made);
    else changes.emitAll(made);
  }

  static Map<String, Object> keyOf(TableDef t, Map<String, Object> row) {
    Map<String, Object> key = new LinkedHashMap<>();
    for (String k : t.primary()) key.put(k, row.get(k));
    return key;
  }

  static Filter keyFilter(TableDef t, Map<String, Object> row) {
    List<Filter> parts = new ArrayList<>();
    for (String k : t.primary()) parts.add(Filter.eq(k, row.get(k)));
    return parts.size() == 1 ? parts.getFirst() : new Filter.And(parts);
  }

  static RowChange created(TableDef t, Map<String, Object> row) {
    return new RowChange(RowChange.Kind.CREATED, t.name(), keyOf(t, row), t.fields().keySet(), row);
  }

  @Override public List<Row> get(String table, Filter filter, String... fields) {
    return select(table).where(filter).fields(fields).list();
  }

  @Override public Selection<Row> select(String table) {
    return new SelectionImpl<>(reader, schema, schema.table(table), Function.identity());
  }

  @Override public <T> Selection<T> select(Class<T> view) {
    String table = schema.tableOf(view).orElseThrow(() -> new DataException("Type " + view.getSimpleName()
        + " is not registered with a table; call ctx.model().extend(\"<table>\", " + view.getSimpleName() + ".class) first"));
    return new SelectionImpl<>(reader, schema, schema.table(table), row -> RowViews.of(view, table, row));
  }

  @Override public long count(String table, Filter filter) {
    return select(table).where(filter).count();
  }

  @Override public int set(String table, Filter filter, Map<String, ?> values) {
    TableDef t = schema.table(table);
    if (values.isEmpty()) return (int) count(table, filter);
    Map<Field<?>, Object> set = columns(t, values);
    var where = SqlFilter.compile(FilterPlan.of(schema, t, filter), writer.dialect());
    if (!changes.active()) {
      int n = Guard.run("Update", table, () -> writer.update(Sql.table(t)).set(set).where(where).execute());
      store.invalidate(table);
      return n;
    }
    List<FieldDef> keys = t.require(t.primary());
    var rows = Guard.run("Update", table, () -> writer.update(Sql.table(t)).set(set).where(where).returning(Sql.fields(keys)).fetch());
    store.invalidate(table);
    List<RowChange> made = new ArrayList<>();
    for (Record r : rows) {
      made.add(new RowChange(RowChange.Kind.UPDATED, table, SelectionImpl.row(keys, r).asMap(), values.keySet(), Map.of()));
    }
    emit(made);
    return rows.size();
  }

  @Override public Row create(String table, Map<String, ?> values) {
    TableDef t = schema.table(table);
    Map<Field<?>, Object> set = columns(t, values);
    List<FieldDef> all = List.copyOf(t.fields().values());
    Record r = Guard.run("Insert", table, () -> set.isEmpty()
        ? writer.insertInto(Sql.table(t)).defaultValues().returning(Sql.fields(all)).fetchOne()
        : writer.insertInto(Sql.table(t)).set(set).returning(Sql.fields(all)).fetchOne());
    if (r == null) throw new DataException("Insert into table '" + table + "' returned no row");
    Row row = SelectionImpl.row(all, r);
    if (changes.active()) emit(List.of(created(t, row.asMap())));
    return row;
  }

  @Override public int upsert(String table, List<? extends Map<String, ?>> rows, String... keys) {
    TableDef t = schema.table(table);
    List<String> keyList = keys.length == 0 ? t.primary() : List.of(keys);
    if (!t.isUniqueKey(keyList)) {
      throw new DataException("Upsert into table '" + table + "' by " + keyList + " needs those fields to be the primary key or a"
          + " unique key; add TableOptions.unique(...) when extending the table");
    }
    List<Field<?>> keyFields = Sql.fields(t.require(keyList));
    int written = Guard.run("Upsert", table, () -> writer.transactionResult(cfg -> {
      DSLContext tx = DSL.using(cfg);
      int n = 0;
      for (Map<String, ?> row : rows) {
        for (String k : keyList) {
          if (row.get(k) == null) throw new DataException("Upsert into table '" + table + "': a row has no value for key '" + k + "'");
        }
        Map<Field<?>, Object> set = columns(t, row);
        Map<Field<?>, Object> update = new LinkedHashMap<>(set);
        keyFields.forEach(update::remove);
        var insert = tx.insertInto(Sql.table(t)).set(set).onConflict(keyFields);
        if (update.isEmpty()) {
          n += insert.doNothing().execute();
        } else {
          InsertOnDuplicateSetStep<?> step = insert.doUpdate();
          n += step.set(update).execute();
        }
      }
      return n;
    }));
    store.invalidate(table);
    if (changes.active()) {
      List<RowChange> made = new ArrayList<>();
      for (Map<String, ?> row : rows) {
        Map<String, Object> key = new LinkedHashMap<>();
        for (String k : t.primary()) key.put(k, Values.coerce(table, t.require(k), row.get(k)));
        made.add(new RowChange(RowChange.Kind.UPDATED, table, key, row.keySet(), Map.of()));
      }
      emit(made);
    }
    return written;
  }

  @Override public int remove(String table, Filter filter) {
    TableDef t = schema.table(table);
    var where = SqlFilter.compile(FilterPlan.of(schema, t, filter), writer.dialect());
    List<FieldDef> all = List.copyOf(t.fields().values());
    java.util.Set<String> touched = new java.util.LinkedHashSet<>();
    List<RowChange> made = new ArrayList<>();
    List<Map<String, Object>> gone = Guard.run("Delete", table, () -> writer.transactionResult(cfg -> {
      DSLContext tx = DSL.using(cfg);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Record r : tx.deleteFrom(Sql.table(t)).where(where).returning(Sql.fields(all)).fetch()) {
        Map<String, Object> row = SelectionImpl.row(all, r).asMap();
        rows.add(row);
        made.add(new RowChange(RowChange.Kind.DESTROYED, table, keyOf(t, row), t.fields().keySet(), row));
      }
      touched.addAll(Cascade.clear(tx, schema, t, rows, changes.active() ? made : null));
      return rows;
    }));
    store.invalidate(table);
    touched.forEach(store::invalidate);
    emit(made);
    return gone.size();
  }

  @Override public <R> R transact(Function<Database, R> body) {
    List<RowChange> made = new ArrayList<>();
    R out = writer.transactionResult(cfg -> {
      DSLContext tx = DSL.using(cfg);
      return body.apply(new DatabaseImpl(tx, tx, schema, store, changes, made));
    });
    emit(made);
    return out;
  }

  @Override public void transact(Consumer<Database> body) {
    transact(db -> {
      body.accept(db);
      return null;
    });
  }

  @Override public DSLContext jooq() {
    return writer;
  }

  static Map<Field<?>, Object> columns(TableDef t, Map<String, ?> values) {
    Map<Field<?>, Object> out = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, ?> e : values.entrySet()) {
      FieldDef f = t.fields().get(e.getKey());
      if (f == null) {
        unknown.add(e.getKey());
        continue;
      }
      Object v = Values.toColumn(f.type(), Values.coerce(t.name(), f, e.getValue()));
      out.put(Sql.field(f), Sql.val(f, v));
    }
    if (!unknown.isEmpty()) t.require(unknown.getFirst());
    return out;
  }
}
