package dev.mochi.api.data;

import java.util.Map;

/** One row of a query: field names to values (JSON fields already decoded). */
public interface Row {
  Object get(String field);

  <T> T get(String field, Class<T> type);

  Map<String, Object> asMap();
}
