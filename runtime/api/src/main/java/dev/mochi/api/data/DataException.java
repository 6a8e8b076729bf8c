package dev.mochi.api.data;

import dev.mochi.api.MochiException;

/** A data-layer error: an unknown table or field, a bad filter, a failed write. */
public class DataException extends MochiException {
  public DataException(String message) { super(message); }

  public DataException(String message, Throwable cause) { super(message, cause); }
}
