package dev.mochi.core.data;

import dev.mochi.api.data.DataException;

/** A write the database refused because of a unique or primary key (or another integrity constraint). */
public final class ConstraintViolation extends DataException {
  ConstraintViolation(String message, Throwable cause) {
    super(message, cause);
  }
}
