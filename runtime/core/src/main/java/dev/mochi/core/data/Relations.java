package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Relation;
import dev.mochi.api.data.Relation.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Relations as the schema keeps them: declarations with their defaults filled in ({@link #resolve}), and the
 * fields and join tables they need on the other side ({@link #needs}). A relation may name a table that does not
 * exist yet; what it needs there is added when that table appears.
 */
final class Relations {
  private Relations() {}

  /** One thing a relation needs that the schema lacks: a field on a table, or a join table. */
  record Need(String table, Map<String, FieldDef> fields, List<String> primary, List<List<String>> indexes) {}

  /** The declaration with every key filled in, checked against the source table. */
  static Relation resolve(TableDef source, Relation r, Function<String, Optional<TableDef>> find) {
    if (!r.name().matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new DataException("Relation name '" + r.name() + "' of table '" + source.name() + "' is not valid; use letters, digits and underscores");
    }
    if (source.fields().containsKey(r.name())) {
      throw new DataException("Relation '" + r.name() + "' of table '" + source.name() + "' has the name of one of its fields; rename the relation");
    }
    Optional<TableDef> target = r.target().equals(source.name()) ? Optional.of(source) : find.apply(r.target());
    String self = source.name();
    return switch (r.type()) {
      case BELONGS_TO -> new Relation(r.name(), r.type(), r.target(), or(r.foreignKey(), r.name() + "Id"), "",
          or(r.targetKey(), target.map(t -> single(t, r)).orElse("id")), "", "");
      case HAS_ONE, HAS_MANY -> new Relation(r.name(), r.type(), r.target(), or(r.foreignKey(), self + "Id"),
          or(r.sourceKey(), single(source, r)), "", "", "");
      case BELONGS_TO_MANY -> {
        String fk = or(r.foreignKey(), self + "Id");
        String other = or(r.otherKey(), r.target() + "Id");
        if (other.equals(fk)) other = r.name() + "Id";
        yield new Relation(r.name(), r.type(), r.target(), fk, or(r.sourceKey(), single(source, r)),
            or(r.targetKey(), target.map(t -> single(t, r)).orElse("id")), or(r.through(), self + "_" + r.name()), other);
      }
    };
  }

  private static String or(String given, String fallback) {
    return given.isEmpty() ? fallback : given;
  }

  private static String single(TableDef t, Relation r) {
    if (t.primary().size() != 1) {
      throw new DataException("Relation '" + r.name() + "' needs a single-field key on table '" + t.name() + "', which has "
          + t.primary() + "; give the key fields with TableOptions.relation(new Relation(...))");
    }
    return t.primary().getFirst();
  }

  /** A field holding references to {@code key}: its kind, without its default. */
  static FieldDef reference(String name, FieldDef key) {
    FieldType t = key.type();
    return FieldDef.of(name, new FieldType(t.kind(), t.length(), Optional.empty(), t.javaType()));
  }

  /** What the relations of every table need that the tables lack (empty when the schema is complete). */
  static List<Need> needs(Map<String, TableDef> tables) {
    List<Need> out = new ArrayList<>();
    for (TableDef s : tables.values()) {
      for (Relation r : s.relations().values()) {
        TableDef t = tables.get(r.target());
        if (t == null) continue;
        switch (r.type()) {
          case BELONGS_TO -> check(s, r.foreignKey(), t, r.targetKey(), r);
          case HAS_ONE, HAS_MANY -> {
            FieldDef key = s.require(r.sourceKey());
            FieldDef fk = t.fields().get(r.foreignKey());
            if (fk == null) {
              Map<String, FieldDef> add = new LinkedHashMap<>();
              add.put(r.foreignKey(), reference(r.foreignKey(), key));
              out.add(new Need(t.name(), add, List.of(), List.of(List.of(r.foreignKey()))));
            } else {
              check(t, r.foreignKey(), s, r.sourceKey(), r);
            }
          }
          case BELONGS_TO_MANY -> {
            TableDef j = tables.get(r.through());
            if (j == null) {
              Map<String, FieldDef> add = new LinkedHashMap<>();
              add.put(r.foreignKey(), reference(r.foreignKey(), s.require(r.sourceKey())));
              add.put(r.otherKey(), reference(r.otherKey(), t.require(r.targetKey())));
              out.add(new Need(r.through(), add, List.of(r.foreignKey(), r.otherKey()), List.of(List.of(r.otherKey()))));
            } else {
              check(j, r.foreignKey(), s, r.sourceKey(), r);
              check(j, r.otherKey(), t, r.targetKey(), r);
            }
          }
        }
      }
    }
    return out;
  }

  private static void check(TableDef from, String field, TableDef to, String key, Relation r) {
    FieldDef f = from.fields().get(field);
    FieldDef k = to.fields().get(key);
    if (f == null || k == null) {
      throw new DataException("Relation '" + r.name() + "' links " + from.name() + "." + field + " to " + to.name() + "." + key
          + ", and " + (f == null ? from.name() + "." + field : to.name() + "." + key) + " does not exist");
    }
    if (f.type().kind() != k.type().kind()) {
      throw new DataException("Relation '" + r.name() + "' links " + from.name() + "." + field + " (" + kind(f) + ") to "
          + to.name() + "." + key + " (" + kind(k) + "); the two fields must have the same type");
    }
  }

  private static String kind(FieldDef f) {
    return f.type().kind().name().toLowerCase();
  }

  /** Relations whose target is {@code table}, with the table that declares them. */
  static List<Map.Entry<TableDef, Relation>> pointingAt(Map<String, TableDef> tables, String table) {
    List<Map.Entry<TableDef, Relation>> out = new ArrayList<>();
    for (TableDef s : tables.values()) {
      for (Relation r : s.relations().values()) if (r.target().equals(table)) out.add(Map.entry(s, r));
    }
    return out;
  }

  static boolean isToMany(Relation r) {
    return r.type() == Type.HAS_MANY || r.type() == Type.BELONGS_TO_MANY;
  }
}
