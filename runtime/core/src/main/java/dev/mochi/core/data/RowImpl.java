package dev.mochi.core.data;

import dev.mochi.api.data.Row;
import java.util.Collections;
import java.util.Map;

/** A row of canonical values. */
record RowImpl(Map<String, Object> values) implements Row {
  RowImpl {
    values = Collections.unmodifiableMap(values);
  }

  @Override public Object get(String field) {
    return values.get(field);
  }

  @Override @SuppressWarnings("unchecked")
  public <T> T get(String field, Class<T> type) {
    return (T) Values.as(values.get(field), type);
  }

  @Override public Map<String, Object> asMap() {
    return values;
  }

  @Override public String toString() {
    return values.toString();
  }
}
