package dev.mochi.core.data;

import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Model;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.data.TableOptions;
import dev.mochi.core.scope.PluginScope;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Model} over the shared {@link Schema}, as one plugin scope sees it. Tables outlive the plugin that
 * extended them; the plugin's view classes do not (see {@link Schema#release}).
 */
final class ModelImpl implements Model {
  private final Schema schema;
  private final EntityStore store;
  private final PluginScope scope;

  ModelImpl(Schema schema, EntityStore store, PluginScope scope) {
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

  @Override public List<TableInfo> tables() {
    return schema.tables().values().stream().sorted(Comparator.comparing(TableDef::name)).map(ModelImpl::info).toList();
  }

  @Override public Optional<TableInfo> table(String name) {
    return schema.find(name).map(ModelImpl::info);
  }

  static TableInfo info(TableDef t) {
    Map<String, FieldType> fields = new LinkedHashMap<>();
    t.fields().forEach((n, f) -> fields.put(n, f.type()));
    Set<String> managed = new HashSet<>();
    for (String f : t.fields().keySet()) if (t.serverOwned(f)) managed.add(f);
    return new TableInfo(t.name(), fields, t.primary(), t.autoIncrement(), t.unique(), t.relations(), managed);
  }
}
