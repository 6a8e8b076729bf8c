package dev.mochi.api.data;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Queries and writes over the model's tables. Every value reaches SQL as a bound parameter; every
 * field and operator of a {@link Filter} is checked against the table first.
 */
public interface Database {

  /** Rows of {@code table} matching {@code filter}, only {@code fields} (all when none). */
  List<Row> get(String table, Filter filter, String... fields);

  /** A query over a table. */
  Selection<Row> select(String table);

  /** A query returning typed views of a table registered with {@link Model#extend(String, Class)}. */
  <T> Selection<T> select(Class<T> view);

  /**
   * How many rows of {@code table} match {@code filter} ({@link Filter#ALL} for all).
   *
   * @throws DataException when the table or a field of the filter does not exist
   */
  long count(String table, Filter filter);

  /** Updates matching rows; returns how many matched. */
  int set(String table, Filter filter, Map<String, ?> values);

  /** Inserts a row; returns it with generated and default values. */
  Row create(String table, Map<String, ?> values);

  /** Inserts or updates rows by the given key fields; returns the number of rows written. */
  int upsert(String table, List<? extends Map<String, ?>> rows, String... keys);

  /** Deletes matching rows; returns how many. */
  int remove(String table, Filter filter);

  /**
   * Runs {@code body} in one transaction and returns its result: all its writes land, or none.
   *
   * <p>Java cannot choose between the two {@code transact} overloads for an expression lambda whose expression
   * has a value ({@code tx -> tx.create(...)}); write a block, with {@code return} for this one
   * ({@code tx -> { return tx.create(...); }}) or without for the other.
   */
  <R> R transact(Function<Database, R> body);

  /** Runs {@code body} in one transaction: all its writes land, or none (see {@link #transact(Function)}). */
  void transact(Consumer<Database> body);

  /** The jOOQ context, for anything else. */
  DSLContext jooq();
}
