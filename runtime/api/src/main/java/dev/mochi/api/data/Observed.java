package dev.mochi.api.data;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An observed row: reads come from the loaded state, writes go into a buffer that is flushed at the end
 * of the session (or on {@link #flush()}). Sessions that observe the same row share one state, so no
 * write is lost. Setting a field to an equal value does not mark it dirty; mutating an observed
 * {@code List} or {@code Map} does.
 *
 * <p>Reading a field the session did not declare fails with an error that names the field and the
 * declaration to add ({@code .userFields("coins")}).
 */
public interface Observed {

  /** A field's value (null when the row's column is null). */
  Object get(String field);

  /** A field's value converted to {@code type}. */
  <T> T get(String field, Class<T> type);

  /** Sets a field; marks it dirty unless the value is equal to the current one. */
  void set(String field, Object value);

  /**
   * Atomic read-modify-write on the shared state: {@code fn} runs under the row's lock, so concurrent
   * sessions of different users never lose an increment. Returns the new value.
   *
   * <pre>{@code session.channel().update("count", (Integer c) -> c + 1);}</pre>
   *
   * <p>{@code fn} receives the field's value as stored ({@code Integer} for an {@code int} field): a lambda typed
   * otherwise fails with a {@link DataException} naming the field and both types. To read it as another type, use
   * {@link #update(String, Class, UnaryOperator)}.
   */
  <T> T update(String field, UnaryOperator<T> fn);

  /**
   * Like {@link #update(String, UnaryOperator)}, with the value converted to {@code type} first ({@code Long.class}
   * reads an {@code int} field as a {@code long}); the result is stored as the field's own type.
   *
   * <pre>{@code long hits = session.channel().update("hits", Long.class, c -> c + 1);}</pre>
   *
   * @throws DataException when the value cannot be read as {@code type}, or the result does not fit the field
   */
  <T> T update(String field, Class<T> type, UnaryOperator<T> fn);

  /** Writes the dirty fields now and waits until they are durable; no database call when nothing is dirty. */
  void flush();

  /** Names of the fields changed and not yet written by this row's state. */
  Set<String> dirty();
}
