package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import java.sql.SQLException;
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
      String message = operation + " on table '" + table + "' failed: " + cause.getMessage();
      if (constraint(e)) throw new ConstraintViolation(message, e);
      throw new DataException(message, e);
    }
  }

  /** Whether the database refused the write for a key or another integrity constraint (SQL state 23, SQLite code 19). */
  private static boolean constraint(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException se) {
        if (se.getSQLState() != null && se.getSQLState().startsWith("23")) return true;
        if (se.getClass().getName().equals("org.sqlite.SQLiteException") && (se.getErrorCode() & 0xff) == 19) return true;
      }
    }
    return false;
  }
}
