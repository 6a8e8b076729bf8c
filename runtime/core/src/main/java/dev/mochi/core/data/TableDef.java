package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.Relation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable description of a table; extending a table makes a new one. Relations are kept with every key
 * filled in; {@code managed} names the fields the server sets (timestamps, authors; the generated key is
 * managed too, see {@link #serverOwned}).
 */
record TableDef(String name, Map<String, FieldDef> fields, List<String> primary, boolean autoIncrement,
                List<List<String>> unique, List<List<String>> indexes, Map<String, Relation> relations,
                Set<String> managed) {

  TableDef {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    primary = List.copyOf(primary);
    unique = List.copyOf(unique);
    indexes = List.copyOf(indexes);
    relations = Collections.unmodifiableMap(new LinkedHashMap<>(relations));
    managed = Set.copyOf(managed);
  }

  Optional<FieldDef> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  Optional<Relation> relation(String name) {
    return Optional.ofNullable(relations.get(name));
  }

  /** The same table with other fields. */
  TableDef withFields(Map<String, FieldDef> fields) {
    return new TableDef(name, fields, primary, autoIncrement, unique, indexes, relations, managed);
  }

  /** Fields clients never write: the generated key and the managed fields. */
  boolean serverOwned(String field) {
    return managed.contains(field) || autoIncrement && primary.size() == 1 && primary.getFirst().equals(field);
  }

  /** The field, or an error naming the table, the field and the fields there are. */
  FieldDef require(String name) {
    FieldDef f = fields.get(name);
    if (f == null) {
      throw new DataException("Table '" + this.name + "' has no field '" + name + "' (fields: "
          + String.join(", ", fields.keySet()) + "); declare it with ctx.model().extend(\"" + this.name + "\", ...)");
    }
    return f;
  }

  List<FieldDef> require(Collection<String> names) {
    List<FieldDef> out = new ArrayList<>(names.size());
    for (String n : names) out.add(require(n));
    return out;
  }

  /** Whether these fields form the primary key or a unique key (in any order). */
  boolean isUniqueKey(Collection<String> keys) {
    if (keys.size() == primary.size() && primary.containsAll(keys)) return true;
    for (List<String> u : unique) if (u.size() == keys.size() && u.containsAll(keys)) return true;
    return false;
  }
}
