package dev.mochi.api.data;

import java.util.List;
import java.util.Optional;

/** A query being built: {@code db.select("user").where(f).orderBy("-coins").limit(10).list()}. */
public interface Selection<T> {
  /** Only rows matching {@code filter}; called again, both must match. */
  Selection<T> where(Filter filter);

  /** Sort keys; {@code "-x"} sorts descending. */
  Selection<T> orderBy(String... keys);

  /**
   * At most {@code limit} rows.
   *
   * @throws DataException when {@code limit} is negative
   */
  Selection<T> limit(int limit);

  /**
   * Skips the first {@code offset} rows.
   *
   * @throws DataException when {@code offset} is negative
   */
  Selection<T> offset(int offset);

  /** Only these fields (all by default). */
  Selection<T> fields(String... fields);

  /** Runs the query: the rows, in order. */
  List<T> list();

  /** Runs the query for its first row; empty when none matches. */
  Optional<T> first();

  /** Runs the query for the number of rows that match (ignoring limit and offset). */
  long count();
}
