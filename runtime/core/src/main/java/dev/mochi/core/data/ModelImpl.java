package dev.mochi.core.data;

import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Model;
import dev.mochi.api.data.TableOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import dev.mochi.core.scope.Scope;

/**
 * {@link Model} over the shared {@link Schema}, as one plugin scope sees it. Tables outlive the plugin that
 * extended them; the plugin's view classes do not (see {@link Schema#release}).
 */
final class ModelImpl implements Model {
  private final Schema schema;
  private final EntityStore store;
  private final Scope scope;

  ModelImpl(Schema schema, EntityStore store, Scope scope) {
    this.schema = schema;
    this.store = store;
    this.scope = scope;
  }

  @Override public void extend(String table, Class<?> fields) {
    extend(table, fields, TableOptions.none());
  }

  @Override public void extend(String table, Class<?> fields, TableOptions options) {
    schema.extend(table, ViewFields.of(fields), options);
    schema.registerView(table, fields);
    if (scope != null) {
      scope.track(() -> schema.release(fields).forEach(store::invalidate));
    }
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
