package dev.mochi.core.data;

import dev.mochi.api.data.FieldType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** jOOQ names and types for tables described at runtime: every identifier quoted, every value bound. */
final class Sql {
  private Sql() {}

  static Table<?> table(TableDef t) {
    return DSL.table(DSL.name(t.name()));
  }

  static Table<?> table(String name) {
    return DSL.table(DSL.name(name));
  }

  @SuppressWarnings("unchecked")
  static Field<Object> field(FieldDef f) {
    return (Field<Object>) DSL.field(DSL.name(f.column()), dataType(f.type()));
  }

  static List<Field<?>> fields(Collection<FieldDef> defs) {
    List<Field<?>> out = new ArrayList<>(defs.size());
    for (FieldDef f : defs) out.add(field(f));
    return out;
  }

  static DataType<?> dataType(FieldType type) {
    return switch (type.kind()) {
      case INTEGER -> SQLDataType.INTEGER;
      case LONG, INSTANT -> SQLDataType.BIGINT;
      case DOUBLE -> SQLDataType.DOUBLE;
      case BOOLEAN -> SQLDataType.BOOLEAN;
      case STRING -> type.length() > 0 ? SQLDataType.VARCHAR(type.length()) : SQLDataType.VARCHAR;
      case LIST, JSON -> SQLDataType.CLOB;
    };
  }

  /** A bound value of the field's column type. */
  static Field<Object> val(FieldDef f, Object columnValue) {
    return DSL.val(columnValue, field(f));
  }

  /** {@code key1 = ? and key2 = ?} for a state's key. */
  static Condition key(TableDef t, List<Object> key) {
    List<Condition> parts = new ArrayList<>(key.size());
    for (int i = 0; i < key.size(); i++) {
      FieldDef f = t.require(t.primary().get(i));
      parts.add(field(f).eq(val(f, Values.toColumn(f.type(), key.get(i)))));
    }
    return DSL.and(parts);
  }
}
