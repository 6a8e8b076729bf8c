package dev.mochi.api.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tables, described at runtime. Extending a table creates it or adds its missing columns; removing a
 * field from a plugin never drops data.
 *
 * <pre>{@code
 * ctx.model().extend("user", Wallet.class);
 * ctx.model().extend("post", Post.class, TableOptions.primary("id").autoIncrement().belongsTo("author", "user"));
 * }</pre>
 */
public interface Model {

  /** Adds the getters of an interface or the components of a record as fields of {@code table}. */
  void extend(String table, Class<?> fields);

  /** Like {@link #extend(String, Class)}, with keys, indexes and relations. */
  void extend(String table, Class<?> fields, TableOptions options);

  /** Adds the given fields to {@code table}. */
  void extend(String table, Map<String, FieldType> fields);

  /** Like {@link #extend(String, Map)}, with keys, indexes and relations. */
  void extend(String table, Map<String, FieldType> fields, TableOptions options);

  /** The fields of a table, in declaration order, if the table is known. */
  Optional<Map<String, FieldType>> fields(String table);

  /** The table a typed view was registered for with {@link #extend(String, Class)}. */
  Optional<String> tableOf(Class<?> view);

  /** Every known table (the built-in ones, join tables and those plugins declared), by name. */
  List<TableInfo> tables();

  /** One table's description, if it is known. */
  Optional<TableInfo> table(String name);
}
