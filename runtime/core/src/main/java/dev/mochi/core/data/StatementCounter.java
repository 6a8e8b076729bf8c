package dev.mochi.core.data;

import java.util.concurrent.atomic.LongAdder;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Counts the statements the data layer sends to the database, by kind. A batch of many rows through one
 * prepared statement counts once: it is one round trip. Tests read it to pin the cost of the hot path.
 */
public final class StatementCounter implements ExecuteListener {
  private final LongAdder total = new LongAdder();
  private final LongAdder selects = new LongAdder();
  private final LongAdder inserts = new LongAdder();
  private final LongAdder updates = new LongAdder();
  private final LongAdder deletes = new LongAdder();

  StatementCounter() {}

  @Override public void executeStart(ExecuteContext ctx) {
    String sql = ctx.sql();
    if (sql == null && ctx.batchSQL().length > 0) sql = ctx.batchSQL()[0];
    counted(sql);
  }

  /** Counts a statement sent past jOOQ's execution (the flusher binds its cached statements itself). */
  void counted(String sql) {
    total.increment();
    String head = sql == null ? "" : sql.stripLeading();
    int end = Math.min(head.length(), 6);
    switch (head.substring(0, end).toLowerCase()) {
      case "select", "with r" -> selects.increment();
      case "insert" -> inserts.increment();
      case "update" -> updates.increment();
      case "delete" -> deletes.increment();
      default -> { }
    }
  }

  /** Every statement executed so far. */
  public long total() { return total.sum(); }

  public long selects() { return selects.sum(); }

  public long inserts() { return inserts.sum(); }

  public long updates() { return updates.sum(); }

  public long deletes() { return deletes.sum(); }

  @Override public String toString() {
    return "statements " + total() + " (select " + selects() + ", insert " + inserts() + ", update " + updates()
        + ", delete " + deletes() + ")";
  }
}
