package dev.mochi.api.data;

import java.util.Map;

/** One row of a query: field names to values (JSON fields already decoded). */
public interface Row {
  /** The value of {@code field}; {@code null} for SQL {@code NULL} (or a field the row was not selected with). */
  Object get(String field);

  /**
   * The value of {@code field} converted to {@code type} ({@code Long.class}, {@code Instant.class}, …); {@code null}
   * for SQL {@code NULL}.
   *
   * @throws DataException when the value cannot be converted
   */
  <T> T get(String field, Class<T> type);

  /** Every field of the row, by name (unmodifiable). */
  Map<String, Object> asMap();
}
