package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable description of a table; extending a table makes a new one. */
record TableDef(String name, Map<String, FieldDef> fields, List<String> primary, boolean autoIncrement,
                List<List<String>> unique, List<List<String>> indexes) {

  TableDef {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    primary = List.copyOf(primary);
    unique = List.copyOf(unique);
    indexes = List.copyOf(indexes);
  }

  Optional<FieldDef> field(String name) {
    return Optional.ofNullable(fields.get(name));
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
