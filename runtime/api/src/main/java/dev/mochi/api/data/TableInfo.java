package dev.mochi.api.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the model knows about one table, as {@link Model#tables()} lists it.
 *
 * @param name the table's name
 * @param fields its fields in declaration order
 * @param primary the primary-key fields
 * @param autoIncrement whether a single-field primary key is generated
 * @param unique the unique keys besides the primary key
 * @param relations its relations by name, every key filled in
 * @param managed fields the server sets and clients cannot write: the generated key, timestamps, authors
 */
public record TableInfo(String name, Map<String, FieldType> fields, List<String> primary, boolean autoIncrement,
                        List<List<String>> unique, Map<String, Relation> relations, Set<String> managed) {
  /** Copies every collection so the description cannot change. */
  public TableInfo {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    primary = List.copyOf(primary);
    unique = List.copyOf(unique);
    relations = Collections.unmodifiableMap(new LinkedHashMap<>(relations));
    managed = Set.copyOf(managed);
  }
}
