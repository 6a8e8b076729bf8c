package dev.mochi.api.data;

import dev.mochi.api.MochiException;

/** A data-layer error: an unknown table or field, a bad filter, a failed write. */
public class DataException extends MochiException {
  /** A data-layer error with a message naming the table, field or filter. */
  public DataException(String message) { super(message); }

  /** A data-layer error caused by {@code cause} (the database's own exception). */
  public DataException(String message, Throwable cause) { super(message, cause); }
}
