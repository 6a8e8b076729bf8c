package dev.mochi.core.data;

import dev.mochi.api.data.FieldType;
import java.util.List;

/** One field of a table: its name (used in filters and views), its column and type, and former column names. */
record FieldDef(String name, String column, FieldType type, List<String> formerly) {
  FieldDef {
    formerly = List.copyOf(formerly);
  }

  static FieldDef of(String name, FieldType type) {
    return new FieldDef(name, name, type, List.of());
  }

  /** The same field decoding its JSON into another Java type. */
  FieldDef withJavaType(Class<?> javaType) {
    return new FieldDef(name, column, new FieldType(type.kind(), type.length(), type.defaultValue(), javaType), formerly);
  }

  /** Same type ignoring default and length: what two declarations of one field must agree on. */
  boolean compatibleWith(FieldDef other) {
    return type.kind() == other.type.kind();
  }
}
