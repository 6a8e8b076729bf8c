package dev.mochi.core.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A row that was created, updated or deleted, announced after the write is committed: by the database API, by the
 * flusher for sessions' observed writes, and by first contact.
 *
 * @param kind what happened
 * @param table the table
 * @param key the primary key by field (canonical values)
 * @param fields the fields written (every field for created and deleted rows)
 * @param row the row's values where the writer had them (a created row, a deleted row's last values); else empty
 */
public record RowChange(Kind kind, String table, Map<String, Object> key, Set<String> fields, Map<String, Object> row) {
  /** What happened to the row. */
  public enum Kind { CREATED, UPDATED, DESTROYED }

  /** Copies the maps and the set. */
  public RowChange {
    key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
    fields = Set.copyOf(fields);
    row = Collections.unmodifiableMap(new LinkedHashMap<>(row));
  }
}
