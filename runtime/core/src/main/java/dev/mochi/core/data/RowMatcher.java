package dev.mochi.core.data;

import java.util.Map;

/** A filter checked against a table, for rows held in memory (the same answers the database gives). */
public interface RowMatcher {
  /** Whether the row matches; the row needs every relation the filter follows ({@link #local()} is false). */
  boolean matches(Map<String, ?> row);

  /** Whether the filter reads only the row's own fields (no relation paths). */
  boolean local();
}
