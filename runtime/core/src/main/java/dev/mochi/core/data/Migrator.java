package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.Constraint;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;

/**
 * Brings the database in line with a {@link TableDef}: creates a missing table, renames a column whose field
 * names it under {@code @Column(formerly=...)}, adds missing columns and indexes. It never drops a column,
 * so a field a plugin stops declaring keeps its data.
 */
final class Migrator {
  private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);
  private final DSLContext dsl;

  Migrator(DSLContext writer) {
    this.dsl = writer;
  }

  void apply(TableDef t) {
    Set<String> existing = columns(t.name());
    if (existing.isEmpty()) {
      create(t);
    } else {
      for (FieldDef f : t.fields().values()) {
        if (existing.contains(f.column())) continue;
        String former = f.formerly().stream().filter(existing::contains).findFirst().orElse(null);
        if (former != null) {
          dsl.alterTable(Sql.table(t)).renameColumn(DSL.name(former)).to(DSL.name(f.column())).execute();
          LOG.info("Renamed column '{}' of table '{}' to '{}'", former, t.name(), f.column());
        } else {
          dsl.alterTable(Sql.table(t)).addColumn(DSL.field(DSL.name(f.column()), columnType(f, false))).execute();
          LOG.info("Added column '{}' to table '{}'", f.column(), t.name());
        }
      }
    }
    for (List<String> u : t.unique()) {
      dsl.createUniqueIndexIfNotExists(indexName("uq", t, u)).on(Sql.table(t), columns(t, u)).execute();
    }
    for (List<String> i : t.indexes()) {
      dsl.createIndexIfNotExists(indexName("ix", t, i)).on(Sql.table(t), columns(t, i)).execute();
    }
  }

  private void create(TableDef t) {
    CreateTableElementListStep step = dsl.createTableIfNotExists(Sql.table(t));
    boolean identity = t.autoIncrement() && t.primary().size() == 1;
    for (FieldDef f : t.fields().values()) {
      step = step.column(DSL.field(DSL.name(f.column()), columnType(f, identity && t.primary().getFirst().equals(f.name()))));
    }
    List<Constraint> constraints = new ArrayList<>();
    if (!t.primary().isEmpty()) constraints.add(DSL.constraint("pk_" + t.name()).primaryKey(columns(t, t.primary())));
    step.constraints(constraints).execute();
    LOG.info("Created table '{}'", t.name());
  }

  private DataType<?> columnType(FieldDef f, boolean identity) {
    if (identity) return SQLDataType.BIGINT.identity(true);
    DataType<?> type = Sql.dataType(f.type());
    Object def = defaultColumnValue(f);
    if (def != null) type = withDefault(type, def);
    return type;
  }

  @SuppressWarnings("unchecked")
  private static <T> DataType<T> withDefault(DataType<T> type, Object value) {
    return type.defaultValue(DSL.inline((T) value, type));
  }

  /** The column value of a field's default, or null. */
  static Object defaultColumnValue(FieldDef f) {
    return f.type().defaultValue().map(text -> Values.toColumn(f.type(), defaultValue(f, text))).orElse(null);
  }

  static Object defaultValue(FieldDef f, String text) {
    return switch (f.type().kind()) {
      case LIST, JSON -> Values.fromColumn(f.type(), text);
      default -> Values.coerce("default", f, text);
    };
  }

  private static Field<?>[] columns(TableDef t, List<String> names) {
    return t.require(names).stream().map(f -> DSL.field(DSL.name(f.column()))).toArray(Field[]::new);
  }

  private static String indexName(String prefix, TableDef t, List<String> fields) {
    return (prefix + "_" + t.name() + "_" + String.join("_", fields)).toLowerCase(Locale.ROOT);
  }

  /** The table's columns as the database has them; empty when the table does not exist. */
  Set<String> columns(String table) {
    return dsl.connectionResult(c -> columns(c, table));
  }

  private static Set<String> columns(Connection c, String table) {
    Set<String> out = new HashSet<>();
    try {
      if (c.isWrapperFor(SQLiteConnection.class)) {
        // SQLite's own list of a table's columns; the driver's getColumns builds it from getTables and this
        // pragma for every table that matches, ten times the work (10 ms of a start).
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA table_info(\"" + table.replace("\"", "\"\"") + "\")")) {
          while (rs.next()) out.add(rs.getString("name"));
        }
        return out;
      }
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs = meta.getColumns(null, c.getSchema(), table, null)) {
        while (rs.next()) {
          if (table.equals(rs.getString("TABLE_NAME"))) out.add(rs.getString("COLUMN_NAME"));
        }
      }
    } catch (SQLException e) {
      throw new DataException("Cannot read the columns of table '" + table + "': " + e.getMessage(), e);
    }
    return out;
  }
}
