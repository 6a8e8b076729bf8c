package dev.mochi.api.data;

/**
 * A filter that cannot be used: malformed JSON, an unknown field, relation or operator, an operator that does
 * not apply to the field's type, or a value that does not fit the field. Over HTTP it is answered with the code
 * {@code filter_invalid}.
 */
public class FilterException extends DataException {
  /** A filter error with a message that names the problem and how to fix it. */
  public FilterException(String message) { super(message); }

  /** A filter error caused by another data error (a value that does not fit its field). */
  public FilterException(String message, Throwable cause) { super(message, cause); }
}
