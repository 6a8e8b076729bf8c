package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Relation;
import dev.mochi.api.data.TableOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every table the bot knows, with the built-in {@code user}, {@code binding} and {@code channel}. Extending
 * merges the new fields and keys into the table's description and migrates the database; declarations of one
 * field by two plugins must agree on its kind.
 */
final class Schema {
  static final String USER = "user";
  static final String BINDING = "binding";
  static final String CHANNEL = "channel";

  private final Map<String, TableDef> tables = new ConcurrentHashMap<>();
  private final Map<Class<?>, String> views = new ConcurrentHashMap<>();
  private final Migrator migrator;

  Schema(Migrator migrator) {
    this.migrator = migrator;
    Map<String, FieldDef> user = new LinkedHashMap<>();
    user.put("id", FieldDef.of("id", FieldType.bigint()));
    user.put("name", FieldDef.of("name", FieldType.string().withDefault("")));
    user.put("authority", FieldDef.of("authority", FieldType.integer().withDefault("1")));
    user.put("createdAt", new FieldDef("createdAt", "created_at", FieldType.instant(), List.of()));
    TableOptions userKey = TableOptions.primary("id").autoIncrement();
    extend(USER, user, new TableOptions(userKey.primary(), true, List.of(), List.of(), List.of(), Set.of("createdAt")));

    Map<String, FieldDef> binding = new LinkedHashMap<>();
    binding.put("platform", FieldDef.of("platform", FieldType.string()));
    binding.put("pid", FieldDef.of("pid", FieldType.string()));
    binding.put("bid", FieldDef.of("bid", FieldType.bigint()));
    extend(BINDING, binding, TableOptions.primary("platform", "pid").index("bid"));

    Map<String, FieldDef> channel = new LinkedHashMap<>();
    channel.put("platform", FieldDef.of("platform", FieldType.string()));
    channel.put("id", FieldDef.of("id", FieldType.string()));
    channel.put("guildId", new FieldDef("guildId", "guild_id", FieldType.string().withDefault(""), List.of()));
    channel.put("assignee", FieldDef.of("assignee", FieldType.string().withDefault("")));
    extend(CHANNEL, channel, TableOptions.primary("platform", "id"));
  }

  Optional<TableDef> find(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  TableDef table(String name) {
    TableDef t = tables.get(name);
    if (t == null) {
      throw new DataException("Unknown table '" + name + "' (tables: " + String.join(", ", tables.keySet())
          + "); create it with ctx.model().extend(\"" + name + "\", ...)");
    }
    return t;
  }

  Optional<String> tableOf(Class<?> view) {
    return Optional.ofNullable(views.get(view));
  }

  void registerView(String table, Class<?> view) {
    views.put(view, table);
  }

  /**
   * Forgets a view whose plugin is being unloaded. When the view comes from a plugin's own class loader, the
   * JSON fields typed with that loader's classes fall back to plain maps, so the schema keeps no class of the
   * plugin alive; the same plugin loaded again brings its new classes with its next {@code extend}.
   * Returns the tables whose field types changed.
   */
  synchronized Set<String> release(Class<?> view) {
    views.remove(view, views.get(view));
    ClassLoader loader = view.getClassLoader();
    if (!Values.isForeign(loader)) return Set.of();
    views.keySet().removeIf(v -> v.getClassLoader() == loader);
    Set<String> changed = new HashSet<>();
    for (TableDef t : List.copyOf(tables.values())) {
      Map<String, FieldDef> fields = new LinkedHashMap<>(t.fields());
      boolean touched = false;
      for (Map.Entry<String, FieldDef> e : fields.entrySet()) {
        if (e.getValue().type().javaType().getClassLoader() == loader) {
          e.setValue(e.getValue().withJavaType(Map.class));
          touched = true;
        }
      }
      if (touched) {
        tables.put(t.name(), t.withFields(fields));
        changed.add(t.name());
      }
    }
    return changed;
  }

  /** Every table, by name. */
  Map<String, TableDef> tables() {
    return Map.copyOf(tables);
  }

  /**
   * Merges {@code fields} and {@code options} into {@code table} and migrates; then adds what relations need on
   * other tables (foreign keys of has-one and has-many targets, join tables). Returns the new description.
   */
  synchronized TableDef extend(String table, Map<String, FieldDef> fields, TableOptions options) {
    TableDef next = merge(table, fields, options);
    Map<String, TableDef> tentative = new java.util.HashMap<>(tables);
    tentative.put(table, next);
    Relations.needs(tentative);
    migrator.apply(next);
    tables.put(table, next);
    for (List<Relations.Need> needs = Relations.needs(tables); !needs.isEmpty(); needs = Relations.needs(tables)) {
      Relations.Need n = needs.getFirst();
      TableDef t = merge(n.table(), n.fields(), new TableOptions(n.primary(), false, List.of(), n.indexes(), List.of(), Set.of()));
      migrator.apply(t);
      tables.put(n.table(), t);
    }
    return tables.get(table);
  }

  private TableDef merge(String table, Map<String, FieldDef> given, TableOptions options) {
    if (table == null || table.isBlank() || !table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new DataException("Table name '" + table + "' is not valid; use letters, digits and underscores");
    }
    Map<String, FieldDef> fields = new LinkedHashMap<>(given);
    Map<String, Relation> declared = new LinkedHashMap<>();
    for (Relation r : options.relations()) declared.put(r.name(), r);
    managedFields(table, options, fields, declared);
    TableDef old = tables.get(table);
    Map<String, FieldDef> merged = new LinkedHashMap<>();
    List<String> primary;
    boolean auto;
    if (old == null) {
      primary = options.primary().isEmpty() ? List.of("id") : options.primary();
      auto = options.primary().isEmpty() || options.autoIncremented();
      if (auto && primary.size() == 1 && !fields.containsKey(primary.getFirst())) {
        merged.put(primary.getFirst(), FieldDef.of(primary.getFirst(), FieldType.bigint()));
      }
    } else {
      merged.putAll(old.fields());
      primary = old.primary();
      auto = old.autoIncrement();
      if (!options.primary().isEmpty() && !options.primary().equals(old.primary())) {
        throw new DataException("Table '" + table + "' already has the primary key " + old.primary()
            + "; a plugin cannot change it to " + options.primary());
      }
    }
    for (FieldDef f : fields.values()) {
      if (!f.name().matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new DataException("Field name '" + f.name() + "' of table '" + table + "' is not valid; use letters, digits and underscores");
      }
      if (old != null && old.relations().containsKey(f.name())) {
        throw new DataException("Field '" + f.name() + "' of table '" + table + "' has the name of one of its relations; rename the field");
      }
      FieldDef before = merged.get(f.name());
      if (before != null && !before.compatibleWith(f)) {
        throw new DataException("Field '" + f.name() + "' of table '" + table + "' is already declared as "
            + before.type().kind() + "; it cannot also be " + f.type().kind() + ". Rename one of them");
      }
      if (before == null || before.type().defaultValue().isEmpty() && f.type().defaultValue().isPresent()) {
        merged.put(f.name(), f);
      } else if (before.type().javaType() != f.type().javaType() && f.type().kind() == FieldType.Kind.JSON) {
        merged.put(f.name(), before.withJavaType(f.type().javaType()));
      }
    }
    for (String key : primary) {
      if (!merged.containsKey(key)) throw new DataException("Primary key field '" + key + "' of table '" + table + "' is not declared");
    }
    List<List<String>> unique = new ArrayList<>(old == null ? List.of() : old.unique());
    for (List<String> u : options.unique()) if (!unique.contains(u)) unique.add(u);
    List<List<String>> indexes = new ArrayList<>(old == null ? List.of() : old.indexes());
    for (List<String> i : options.indexes()) if (!indexes.contains(i)) indexes.add(i);
    Set<String> managed = new HashSet<>(old == null ? Set.of() : old.managed());
    managed.addAll(options.managed());
    Map<String, Relation> relations = new LinkedHashMap<>(old == null ? Map.of() : old.relations());
    TableDef draft = new TableDef(table, merged, primary, auto, unique, indexes, relations, managed);
    for (Relation r : declared.values()) {
      Relation resolved = Relations.resolve(draft, r, this::find);
      Relation before = relations.get(r.name());
      if (before != null && !before.equals(resolved)) {
        throw new DataException("Relation '" + r.name() + "' of table '" + table + "' is already declared as " + before
            + "; it cannot also be " + resolved + ". Rename one of them");
      }
      relations.put(r.name(), resolved);
      if (resolved.type() == Relation.Type.BELONGS_TO && !merged.containsKey(resolved.foreignKey())) {
        Optional<TableDef> target = resolved.target().equals(table) ? Optional.of(draft) : find(resolved.target());
        FieldDef key = target.flatMap(t -> t.field(resolved.targetKey())).orElse(FieldDef.of("id", FieldType.bigint()));
        merged.put(resolved.foreignKey(), Relations.reference(resolved.foreignKey(), key));
        List<String> ix = List.of(resolved.foreignKey());
        if (!indexes.contains(ix)) indexes.add(ix);
      }
    }
    TableDef next = new TableDef(table, merged, primary, auto, unique, indexes, relations, managed);
    next.require(unique.stream().flatMap(List::stream).toList());
    next.require(indexes.stream().flatMap(List::stream).toList());
    for (FieldDef f : next.fields().values()) f.type().defaultValue().ifPresent(d -> Migrator.defaultValue(f, d));
    return next;
  }

  /** The fields (and author relations) that {@code timestamps()}, {@code createdBy()} and {@code updatedBy()} add. */
  private static void managedFields(String table, TableOptions options, Map<String, FieldDef> fields, Map<String, Relation> relations) {
    for (String m : options.managed()) {
      if (!TableOptions.MANAGED.contains(m)) {
        throw new DataException("Table '" + table + "': '" + m + "' is not a managed field; use " + TableOptions.MANAGED);
      }
      if (m.endsWith("At")) {
        fields.putIfAbsent(m, FieldDef.of(m, FieldType.instant()));
      } else {
        String name = m.substring(0, m.length() - 2);
        relations.putIfAbsent(name, new Relation(name, Relation.Type.BELONGS_TO, USER, m, "", "id", "", ""));
      }
    }
  }
}
