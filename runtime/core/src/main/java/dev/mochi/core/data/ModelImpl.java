package dev.mochi.core.data;

import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Model;
import dev.mochi.api.data.TableOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link Model} over the shared {@link Schema}. Tables outlive the plugin that extended them. */
final class ModelImpl implements Model {
  private final Schema schema;

  ModelImpl(Schema schema) {
    this.schema = schema;
  }

  @Override public void extend(String table, Class<?> fields) {
    extend(table, fields, TableOptions.none());
  }

  @Override public void extend(String table, Class<?> fields, TableOptions options) {
    schema.extend(table, ViewFields.of(fields), options);
    schema.registerView(table, fields);
  }

  @Override public void extend(String table, Map<String, FieldType> fields) {
    extend(table, fields, TableOptions.none());
  }

  @Override public void extend(String table, Map<String, FieldType> fields, TableOptions options) {
    Map<String, FieldDef> defs = new LinkedHashMap<>();
    fields.forEach((name, type) -> defs.put(name, FieldDef.of(name, type)));
    schema.extend(table, defs, options);
  }

  @Override public Optional<Map<String, FieldType>> fields(String table) {
    return schema.find(table).map(t -> {
      Map<String, FieldType> out = new LinkedHashMap<>();
      t.fields().forEach((n, f) -> out.put(n, f.type()));
      return out;
    });
  }

  @Override public Optional<String> tableOf(Class<?> view) {
    return schema.tableOf(view);
  }
}
