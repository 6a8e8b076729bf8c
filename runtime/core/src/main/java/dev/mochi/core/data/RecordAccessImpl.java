package dev.mochi.core.data;

import dev.mochi.api.MochiException;
import dev.mochi.api.Disposable;
import dev.mochi.api.data.DataException;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Model;
import dev.mochi.api.data.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** {@link RecordAccess} over the engine's states, flusher and writer. */
final class RecordAccessImpl implements RecordAccess {
  private final DataEngine engine;

  RecordAccessImpl(DataEngine engine) {
    this.engine = engine;
  }

  @Override public Model model() {
    return engine.model;
  }

  @Override public Database database() {
    return engine.database;
  }

  @Override public boolean update(String table, Map<String, ?> key, Map<String, ?> values) {
    TableDef t = engine.schema.table(table);
    List<Object> id = new ArrayList<>(t.primary().size());
    for (String k : t.primary()) {
      if (key.get(k) == null) throw new DataException("Key of table '" + table + "' lacks field '" + k + "'");
      id.add(Values.coerce(table, t.require(k), key.get(k)));
    }
    Map<FieldDef, Object> writes = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : values.entrySet()) {
      FieldDef f = t.require(e.getKey());
      if (t.primary().contains(f.name())) {
        throw new DataException("Field '" + f.name() + "' of table '" + table + "' is part of the row's key and cannot be set");
      }
      writes.put(f, Values.coerce(table, f, e.getValue()));
    }
    EntityState s = engine.store.state(new EntityStore.Key(table, id));
    if (!engine.store.load(s, List.of())) return false;
    s.lock.lock();
    try {
      writes.forEach(s::write);
    } finally {
      s.lock.unlock();
    }
    try {
      engine.flusher.flush(List.of(s)).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof MochiException m) throw m;
      throw new DataException("Writing row " + id + " of table '" + table + "' failed", e.getCause());
    }
    return true;
  }

  @Override public Optional<Row> insertIfAbsent(String table, Map<String, ?> values, List<String> keys, Filter scope,
                                                Supplier<? extends RuntimeException> refused) {
    TableDef t = engine.schema.table(table);
    if (!t.isUniqueKey(keys)) {
      throw new DataException("Table '" + table + "': " + keys + " is neither the primary key nor a unique key");
    }
    for (String k : keys) {
      if (values.get(k) == null) throw new DataException("Insert into table '" + table + "' needs a value for key '" + k + "'");
    }
    Map<Field<?>, Object> set = DatabaseImpl.columns(t, values);
    List<FieldDef> all = List.copyOf(t.fields().values());
    List<Field<?>> keyFields = Sql.fields(t.require(keys));
    boolean scoped = !(scope instanceof Filter.And a && a.filters().isEmpty());
    List<RowChange> created = new ArrayList<>();
    Optional<Row> out = Guard.run("Insert", table, () -> engine.connections.writer.transactionResult(cfg -> {
      DSLContext tx = DSL.using(cfg);
      if (tx.insertInto(Sql.table(t)).set(set).onConflict(keyFields).doNothing().execute() == 0) return Optional.<Row>empty();
      var byKeys = SqlFilter.compile(FilterPlan.of(t, keys(t, keys, values)), tx.dialect());
      Row row = SelectionImpl.row(all, tx.select(Sql.fields(all)).from(Sql.table(t)).where(byKeys).fetchOne());
      if (scoped) {
        var where = SqlFilter.compile(FilterPlan.of(engine.schema, t, Filter.and(DatabaseImpl.keyFilter(t, row.asMap()), scope)), tx.dialect());
        if (tx.selectCount().from(Sql.table(t)).where(where).fetchOne(0, Long.class) == 0) throw refused.get();
      }
      created.add(DatabaseImpl.created(t, row.asMap()));
      return Optional.of(row);
    }));
    engine.changes.emitAll(created);
    return out;
  }

  /** {@code k1 = ? and k2 = ?} over the given key fields' values. */
  private static Filter keys(TableDef t, List<String> keys, Map<String, ?> values) {
    List<Filter> parts = new ArrayList<>();
    for (String k : keys) parts.add(Filter.eq(k, values.get(k)));
    return parts.size() == 1 ? parts.getFirst() : new Filter.And(parts);
  }

  @Override public Map<String, Object> coerce(String table, Map<String, ?> values) {
    TableDef t = engine.schema.table(table);
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : values.entrySet()) out.put(e.getKey(), Values.coerce(table, t.require(e.getKey()), e.getValue()));
    return out;
  }

  @Override public RowMatcher matcher(String table, Filter filter) {
    TableDef t = engine.schema.table(table);
    FilterPlan plan = FilterPlan.of(engine.schema, t, filter);
    boolean local = local(plan);
    return new RowMatcher() {
      @Override public boolean matches(Map<String, ?> row) {
        return MemoryFilter.matches(plan, row);
      }

      @Override public boolean local() {
        return local;
      }
    };
  }

  private static boolean local(FilterPlan p) {
    return switch (p) {
      case FilterPlan.All a -> a.parts().stream().allMatch(RecordAccessImpl::local);
      case FilterPlan.Any a -> a.parts().stream().allMatch(RecordAccessImpl::local);
      case FilterPlan.Neg n -> local(n.part());
      case FilterPlan.Cmp c -> c.via().isEmpty();
      case FilterPlan.Some s -> false;
    };
  }

  @Override public Disposable onChange(Consumer<RowChange> listener) {
    return engine.changes.listen(listener);
  }
}
