package dev.mochi.core.data;

import dev.mochi.api.Disposable;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Model;
import dev.mochi.api.data.Row;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the resource engine needs of the data layer beyond {@link Model} and {@link Database}: writes through the
 * shared entity states (so a console's write and a chat session's never lose each other), an insert that cannot
 * conflict, value checks, in-memory filters, and the changes of every write path.
 */
public interface RecordAccess {
  /** The model, not bound to a plugin. */
  Model model();

  /** The database. */
  Database database();

  /**
   * Writes {@code values} to the row with this primary key through its shared state, as a chat session's writes
   * are, and waits until they are durable. Returns false when there is no such row.
   */
  boolean update(String table, Map<String, ?> key, Map<String, ?> values);

  /**
   * Inserts a row unless one with the same {@code keys} (the primary key or a unique key) exists: returns the row
   * it inserted, or empty when one existed. Never check-then-insert. When the inserted row does not match {@code
   * scope}, the insert is rolled back and {@code refused} is thrown.
   */
  Optional<Row> insertIfAbsent(String table, Map<String, ?> values, List<String> keys, Filter scope,
                               java.util.function.Supplier<? extends RuntimeException> refused);

  /** {@code values} converted to their fields' types; a value that does not fit is a {@code DataException} naming it. */
  Map<String, Object> coerce(String table, Map<String, ?> values);

  /** An in-memory form of {@code filter} on {@code table}; a bad filter is a {@code FilterException}. */
  RowMatcher matcher(String table, Filter filter);

  /** Listens to every committed change, on one thread, in commit order. */
  Disposable onChange(Consumer<RowChange> listener);
}
