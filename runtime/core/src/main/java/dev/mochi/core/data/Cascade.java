package dev.mochi.core.data;

import dev.mochi.api.data.Relation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * What deleting rows does to the rows related to them, inside the delete's transaction: foreign keys that
 * pointed at them (has-one and has-many children, belongs-to references from other tables) are set to null, and
 * their join-table rows are deleted. Nothing else is deleted.
 */
final class Cascade {
  private static final int CHUNK = 500;

  private Cascade() {}

  /**
   * Clears references to {@code rows} (deleted from {@code t}); returns the tables it changed. When {@code made} is
   * not null, the rows it changed are added to it.
   */
  static Set<String> clear(DSLContext tx, Schema schema, TableDef t, List<Map<String, Object>> rows, List<RowChange> made) {
    Set<String> touched = new LinkedHashSet<>();
    if (rows.isEmpty()) return touched;
    for (Relation r : t.relations().values()) {
      switch (r.type()) {
        case HAS_ONE, HAS_MANY -> schema.find(r.target()).ifPresent(target ->
            nullify(tx, target, r.foreignKey(), keys(rows, r.sourceKey()), touched, made));
        case BELONGS_TO_MANY -> schema.find(r.through()).ifPresent(j ->
            unlink(tx, j, r.foreignKey(), keys(rows, r.sourceKey()), touched, made));
        case BELONGS_TO -> { }
      }
    }
    for (Map.Entry<TableDef, Relation> e : Relations.pointingAt(schema.tables(), t.name())) {
      Relation r = e.getValue();
      switch (r.type()) {
        case BELONGS_TO -> nullify(tx, schema.table(e.getKey().name()), r.foreignKey(), keys(rows, r.targetKey()), touched, made);
        case BELONGS_TO_MANY -> schema.find(r.through()).ifPresent(j ->
            unlink(tx, j, r.otherKey(), keys(rows, r.targetKey()), touched, made));
        case HAS_ONE, HAS_MANY -> { }
      }
    }
    return touched;
  }

  private static List<Object> keys(List<Map<String, Object>> rows, String field) {
    List<Object> out = new ArrayList<>(rows.size());
    for (Map<String, Object> r : rows) {
      Object v = r.get(field);
      if (v != null && !out.contains(v)) out.add(v);
    }
    return out;
  }

  private static void nullify(DSLContext tx, TableDef table, String fk, List<Object> keys, Set<String> touched, List<RowChange> made) {
    FieldDef f = table.fields().get(fk);
    if (f == null) return;
    List<FieldDef> pk = table.require(table.primary());
    for (List<Object> chunk : chunks(keys)) {
      var update = tx.update(Sql.table(table)).set(Sql.field(f), (Object) null).where(Sql.field(f).in(binds(f, chunk)));
      if (made == null) {
        if (update.execute() > 0) touched.add(table.name());
        continue;
      }
      for (Record r : update.returning(Sql.fields(pk)).fetch()) {
        touched.add(table.name());
        made.add(new RowChange(RowChange.Kind.UPDATED, table.name(), SelectionImpl.row(pk, r).asMap(), Set.of(fk), Map.of()));
      }
    }
  }

  private static void unlink(DSLContext tx, TableDef join, String fk, List<Object> keys, Set<String> touched, List<RowChange> made) {
    FieldDef f = join.fields().get(fk);
    if (f == null) return;
    List<FieldDef> all = List.copyOf(join.fields().values());
    for (List<Object> chunk : chunks(keys)) {
      var delete = tx.deleteFrom(Sql.table(join)).where(Sql.field(f).in(binds(f, chunk)));
      if (made == null) {
        if (delete.execute() > 0) touched.add(join.name());
        continue;
      }
      for (Record r : delete.returning(Sql.fields(all)).fetch()) {
        touched.add(join.name());
        Map<String, Object> row = SelectionImpl.row(all, r).asMap();
        made.add(new RowChange(RowChange.Kind.DESTROYED, join.name(), DatabaseImpl.keyOf(join, row), join.fields().keySet(), row));
      }
    }
  }

  private static List<Field<Object>> binds(FieldDef f, List<Object> values) {
    List<Field<Object>> out = new ArrayList<>(values.size());
    for (Object v : values) out.add(Sql.val(f, Values.toColumn(f.type(), Objects.requireNonNull(v))));
    return out;
  }

  private static List<List<Object>> chunks(List<Object> keys) {
    List<List<Object>> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i += CHUNK) out.add(keys.subList(i, Math.min(keys.size(), i + CHUNK)));
    return out;
  }
}
