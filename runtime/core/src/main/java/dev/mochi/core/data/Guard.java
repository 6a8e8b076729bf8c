package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;

/** Turns the driver's failures into {@link DataException}s that say which operation on which table failed. */
final class Guard {
  private Guard() {}

  static <T> T run(String operation, String table, Supplier<T> body) {
    try {
      return body.get();
    } catch (DataAccessException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new DataException(operation + " on table '" + table + "' failed: " + cause.getMessage(), e);
    }
  }
}
