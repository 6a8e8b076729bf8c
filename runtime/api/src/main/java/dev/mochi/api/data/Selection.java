package dev.mochi.api.data;

import java.util.List;
import java.util.Optional;

/** A query being built: {@code db.select("user").where(f).orderBy("-coins").limit(10).list()}. */
public interface Selection<T> {
  Selection<T> where(Filter filter);

  /** Sort keys; {@code "-x"} sorts descending. */
  Selection<T> orderBy(String... keys);

  Selection<T> limit(int limit);

  Selection<T> offset(int offset);

  /** Only these fields (all by default). */
  Selection<T> fields(String... fields);

  List<T> list();

  Optional<T> first();

  long count();
}
