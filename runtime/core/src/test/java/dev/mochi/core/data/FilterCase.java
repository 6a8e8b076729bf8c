package dev.mochi.core.data;

import dev.mochi.api.data.Filter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One row of the filter table: a filter (or how to build it) and the names it matches, or the error it raises. */
record FilterCase(String label, Supplier<Filter> filter, List<String> matches, String error) {
  static FilterCase json(String json, String... names) {
    return new FilterCase(json, () -> Filter.parse(json), List.of(names), null);
  }

  static FilterCase typed(String label, Filter f, String... names) {
    return new FilterCase(label, () -> f, List.of(names), null);
  }

  static FilterCase jianghu(String label, Map<String, ?> conditions, String... names) {
    return new FilterCase("jianghu " + label, () -> Filter.jianghu(conditions), List.of(names), null);
  }

  static FilterCase bad(String json, String error) {
    return new FilterCase("bad " + json, () -> Filter.parse(json), List.of(), error);
  }

  @Override public String toString() {
    return label;
  }
}
