package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.FieldType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of observed changes, with group commit.
 *
 * <p>A session hands the states it dirtied to {@link #flush}: their dirty fields are snapshotted (and cleared)
 * under each state's lock, and the request is queued. One thread drains everything queued, merges the
 * snapshots of each row (later values win), groups rows by their set of changed columns, runs one UPDATE —
 * a prepared batch when a group has several rows — per group inside one transaction (the statement text is
 * rendered by jOOQ once per table and set of columns and kept; only the values are bound per flush), commits (on SQLite
 * in WAL mode, durable as {@code database.durability} says) and only then completes the futures the
 * sessions wait on before replying. Under load hundreds of sessions share one commit; alone, a session waits for
 * one small commit. On SQLite a long list's text is padded to a capacity ({@link ListJson}), so that appending to
 * it rewrites the end of the row, not all of it; it is kept and bound as UTF-8 bytes.
 *
 * <p>Group commit waits for sessions that are about to flush: when more sessions are running than requests are
 * drained (the kernel tells how many run, {@link #sessionsRunning}), the writer keeps collecting while requests keep
 * arriving — it commits once none has come for {@link #GAP_NANOS}, once as many requests are collected as sessions
 * run, or after {@link #WINDOW_NANOS} at most. A session alone (one user in sequence) is never kept waiting; a
 * session that runs but does not flush (one waiting for a prompt's answer) costs a commit one gap at most.
 *
 * <p>A session alone writes its own changes: when it is the only session the kernel has accepted and not finished
 * ({@link #sessionsAccepted}) and nothing is queued or being written, it commits on its own thread instead of waking
 * the writer and waiting to be woken (one user in sequence spends no time on the two hand-overs). Writes never
 * overlap ({@link #writing}), and the order of the values holds: a snapshot taken after the direct one is queued, and
 * the writer can write it only once the direct write has ended.
 *
 * <p>If the transaction fails, the snapshotted fields go back into their states' dirty sets (a newer value
 * written meanwhile stays), the waiting sessions get the failure, it is logged, and the same states are
 * written again after a back-off that grows to {@link #MAX_BACKOFF_MS}. Nothing is dropped silently.
 */
final class Flusher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Flusher.class);
  static final long MAX_BACKOFF_MS = 5_000;
  private static final int MAX_DRAIN = 2_000;
  /** How long the writer waits for one more request while other sessions run. */
  static final long GAP_NANOS = 200_000;
  /** How long the writer collects requests at most before it commits. */
  static final long WINDOW_NANOS = 2_000_000;

  /** What the writer takes from its queue: a session's changed rows, or another write of the data layer. */
  private sealed interface Queued permits Request, Work {}

  private record Request(Map<EntityState, Map<String, Object>> writes, CompletableFuture<Void> done) implements Queued {}

  /** A write that is not a changed row (first contact's inserts), run in the writer's next transaction. */
  private record Work(Function<DSLContext, Object> write, CompletableFuture<Object> result) implements Queued {}

  /** Rows written by one statement: same table, same changed columns. */
  private record Shape(String table, List<String> columns) {}

  private static final Request STOP = new Request(Map.of(), new CompletableFuture<>());

  private final DSLContext writer;
  /**
   * Whether the database is SQLite: list fields are then written as padded UTF-8 bytes that the UPDATE casts to
   * text, so that SQLite rewrites only the end of a growing list ({@link ListJson}).
   */
  private final boolean sqlite;
  private final Schema schema;
  private final StatementCounter counter;
  /** Rendered UPDATE statements by shape: jOOQ builds and renders each shape once, not once per flush. */
  private final Map<Shape, String> statements = new ConcurrentHashMap<>();
  private final Changes changes;
  private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
  /** Snapshot and enqueue happen together, so the queue order is the order of the values: a newer value is never overtaken. */
  private final ReentrantLock enqueue = new ReentrantLock();
  private final Thread thread;
  /**
   * Held by whoever writes a transaction, the writer thread or a session writing its own changes, from before its
   * transaction until that has ended ({@link #write(List, boolean)} lets it go).
   */
  private final ReentrantLock writing = new ReentrantLock();
  /**
   * Requests and works queued or being written: counted up under {@link #enqueue}, down by their writer once committed
   * (or once a failed one is queued again).
   */
  private final AtomicInteger inflight = new AtomicInteger();
  private volatile IntSupplier accepted = () -> 0;
  private volatile boolean closed;
  private long backoff;
  private volatile long commits;
  private volatile IntSupplier running = () -> 0;
  private volatile long gapNanos = GAP_NANOS;
  private volatile long windowNanos = WINDOW_NANOS;

  Flusher(DSLContext writer, Schema schema, StatementCounter counter, Changes changes) {
    this.writer = writer;
    this.sqlite = writer.dialect().family() == SQLDialect.SQLITE;
    this.schema = schema;
    this.counter = counter;
    this.changes = changes;
    this.thread = Thread.ofPlatform().daemon().name("mochi-flusher").unstarted(this::run);
    thread.start();
  }

  /**
   * Queues the dirty fields of {@code states}, or writes them on the caller's thread when its session is alone (see the
   * class comment); completes when they are durable (at once when nothing is dirty).
   */
  CompletableFuture<Void> flush(Collection<EntityState> states) {
    Request alone;
    enqueue.lock();
    try {
      if (closed || inflight.get() != 0 || accepted.getAsInt() != 1 || !writing.tryLock()) return enqueue(states);
      List<CompletableFuture<Void>> earlier = new ArrayList<>();
      try {
        alone = take(states, earlier);
      } catch (RuntimeException | Error e) {
        writing.unlock();
        throw e;
      }
      // With nothing in flight no state waits for an earlier write; should one, its request is queued after it.
      if (alone == null || !earlier.isEmpty()) {
        writing.unlock();
        return submit(alone, earlier);
      }
      inflight.incrementAndGet();
    } finally {
      enqueue.unlock();
    }
    writeAlone(alone);
    return alone.done();
  }

  /**
   * Snapshots (and clears) the dirty fields of {@code states} into a request, and adds to {@code earlier} the writes
   * still pending for the states with nothing new; null when nothing is dirty. Under {@link #enqueue}.
   */
  private Request take(Collection<EntityState> states, List<CompletableFuture<Void>> earlier) {
    Map<EntityState, Map<String, Object>> writes = new LinkedHashMap<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    for (EntityState s : states) {
      s.lock.lock();
      try {
        if (s.isDirty()) {
          writes.put(s, s.snapshot(schema.table(s.table()), sqlite));
          s.landing = done;
        } else if (s.pending()) {
          earlier.add(s.landing);
        }
      } finally {
        s.lock.unlock();
      }
    }
    return writes.isEmpty() ? null : new Request(writes, done);
  }

  /**
   * A session's own commit ({@link #flush}), through the same code as the writer's (so that one user in sequence warms
   * what many users at once run). On failure the session is told and its rows go to the writer, which writes them again
   * (with its back-off if that fails too).
   */
  private void writeAlone(Request request) {
    try {
      write(List.of(request), true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private CompletableFuture<Void> enqueue(Collection<EntityState> states) {
    List<CompletableFuture<Void>> earlier = new ArrayList<>();
    return submit(take(states, earlier), earlier);
  }

  /** Queues {@code request} (if any) for the writer; completes when it and the {@code earlier} writes have landed. */
  private CompletableFuture<Void> submit(Request request, List<CompletableFuture<Void>> earlier) {
    if (request != null) {
      if (closed && !thread.isAlive()) {
        fail(request.writes(), request.done(), new DataException("The data layer is closed; " + request.writes().size()
            + " changed rows were kept unwritten"));
      } else {
        inflight.incrementAndGet();
        queue.add(request);
      }
      earlier.add(request.done());
    }
    if (earlier.isEmpty()) return CompletableFuture.completedFuture(null);
    return earlier.size() == 1 ? earlier.getFirst() : CompletableFuture.allOf(earlier.toArray(CompletableFuture[]::new));
  }

  /**
   * Runs {@code write} in the writer's next transaction, with the sessions' changes queued by then (first contacts
   * arriving together share one commit, as updates do). The result completes after the commit. A write that throws
   * is rolled back alone (a savepoint) and fails its result; the rest of the transaction goes on.
   */
  @SuppressWarnings("unchecked")
  <T> CompletableFuture<T> write(Function<DSLContext, T> write) {
    CompletableFuture<Object> result = new CompletableFuture<>();
    if (closed && !thread.isAlive()) {
      result.completeExceptionally(new DataException("The data layer is closed"));
    } else {
      inflight.incrementAndGet();
      queue.add(new Work((Function<DSLContext, Object>) write, result));
    }
    return (CompletableFuture<T>) result;
  }

  /** How many sessions are accepted and not finished: one alone writes its own changes (see the class comment). */
  void sessionsAccepted(IntSupplier accepted) {
    this.accepted = accepted;
  }

  /** How many sessions are running now: the writer waits for their requests (see the class comment). */
  void sessionsRunning(IntSupplier running) {
    this.running = running;
  }

  /** Other collecting times than {@link #GAP_NANOS} and {@link #WINDOW_NANOS} (tests make them long to be exact). */
  void collecting(long gapNanos, long windowNanos) {
    this.gapNanos = gapNanos;
    this.windowNanos = windowNanos;
  }

  /** Transactions committed so far (each may carry many sessions' writes). */
  long commits() {
    return commits;
  }

  private void run() {
    List<Queued> batch = new ArrayList<>();
    while (true) {
      try {
        Queued first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) continue;
        batch.add(first);
        queue.drainTo(batch, MAX_DRAIN);
        collect(batch);
        boolean stop = batch.remove(STOP);
        if (!batch.isEmpty()) {
          writing.lock();
          write(batch, false);
        }
        batch.clear();
        if (stop && queue.isEmpty()) return;
        if (stop) queue.add(STOP);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Adds the requests of sessions still running to {@code batch}, while they keep coming (see the class comment). */
  private void collect(List<Queued> batch) throws InterruptedException {
    long deadline = System.nanoTime() + windowNanos;
    while (!closed && batch.size() < MAX_DRAIN && batch.size() < running.getAsInt()) {
      long left = Math.min(gapNanos, deadline - System.nanoTime());
      if (left <= 0) return;
      Queued next = queue.poll(left, TimeUnit.NANOSECONDS);
      if (next == null) return;
      batch.add(next);
      queue.drainTo(batch, MAX_DRAIN - batch.size());
    }
  }

  private void write(List<Queued> queued, boolean alone) throws InterruptedException {
    List<Request> batch = new ArrayList<>(queued.size());
    List<Work> works = new ArrayList<>();
    for (Queued q : queued) {
      if (q instanceof Request r) batch.add(r);
      else works.add((Work) q);
    }
    Map<EntityState, Map<String, Object>> rows = new LinkedHashMap<>();
    for (Request r : batch) r.writes().forEach((s, cols) -> rows.computeIfAbsent(s, k -> new LinkedHashMap<>()).putAll(cols));
    Object[] results = new Object[works.size()];
    // Entered holding the writing lock, which goes as soon as the transaction has committed (or, failed, once the rows
    // are queued again), and in flight until then: a session may write its own changes once nothing older is left
    // unwritten and no one writes.
    boolean released = false;
    boolean unlocked = false;
    try {
      try {
        writer.transaction(cfg -> {
          DSLContext tx = DSL.using(cfg);
          for (int i = 0; i < works.size(); i++) results[i] = attempt(tx, works.get(i));
          update(tx, rows);
        });
        commits++;
        inflight.addAndGet(-queued.size());
        released = true;
        writing.unlock();
        unlocked = true;
        backoff = 0;
        settle(batch, null);
        for (int i = 0; i < works.size(); i++) {
          if (results[i] instanceof Failed f) works.get(i).result().completeExceptionally(f.cause());
          else works.get(i).result().complete(results[i]);
        }
        if (changes.active()) announce(rows);
      } catch (RuntimeException e) {
        for (Work w : works) w.result().completeExceptionally(e);
        if (batch.isEmpty()) {
          LOG.error("A write of the data layer failed", e);
          return;
        }
        if (alone) {
          LOG.error("Writing {} changed rows failed; the writer retries them", rows.size(), e);
          settle(batch, e);
          enqueue.lock();
          try {
            enqueue(rows.keySet());
          } finally {
            enqueue.unlock();
          }
          return;
        }
        backoff = backoff == 0 ? 50 : Math.min(MAX_BACKOFF_MS, backoff * 2);
        LOG.error("Writing {} changed rows failed; retrying in {} ms", rows.size(), backoff, e);
        settle(batch, e);
        if (!closed || backoff < MAX_BACKOFF_MS) {
          Thread.sleep(backoff);
          flush(rows.keySet());
        } else {
          LOG.error("Giving up at shutdown: {} changed rows could not be written", rows.size());
        }
      }
    } finally {
      if (!unlocked) writing.unlock();
      if (!released) inflight.addAndGet(-queued.size());
    }
  }

  /** A work's failure, kept until the transaction has committed (the other writes in it stand). */
  private record Failed(RuntimeException cause) {}

  /** Runs one work in a savepoint of the transaction, so that its failure rolls back only its own statements. */
  private static Object attempt(DSLContext tx, Work work) {
    try {
      return tx.transactionResult(cfg -> work.write().apply(DSL.using(cfg)));
    } catch (RuntimeException e) {
      return new Failed(e);
    }
  }

  private void update(DSLContext tx, Map<EntityState, Map<String, Object>> rows) {
    Map<Shape, List<Map.Entry<EntityState, Map<String, Object>>>> groups = new LinkedHashMap<>();
    for (var e : rows.entrySet()) {
      groups.computeIfAbsent(new Shape(e.getKey().table(), List.copyOf(e.getValue().keySet())), k -> new ArrayList<>()).add(e);
    }
    tx.connection(c -> {
      for (var group : groups.entrySet()) write(c, group.getKey(), group.getValue());
    });
  }

  /** One group's UPDATE: the statement text comes from {@link #statements}, the values are bound by hand. */
  private void write(Connection c, Shape shape, List<Map.Entry<EntityState, Map<String, Object>>> group) throws SQLException {
    TableDef t = schema.table(shape.table());
    List<FieldDef> cols = t.require(shape.columns());
    List<FieldDef> keys = t.require(t.primary());
    String sql = statements.computeIfAbsent(shape, k -> render(t, cols, keys));
    counter.counted(sql);
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (var row : group) {
        List<Object> v = binds(row, cols, keys);
        for (int i = 0; i < v.size(); i++) bind(ps, i + 1, i < cols.size() ? cols.get(i) : keys.get(i - cols.size()), v.get(i));
        if (group.size() > 1) ps.addBatch();
      }
      if (group.size() > 1) {
        ps.executeBatch();
      } else if (ps.executeUpdate() == 0) {
        LOG.warn("Row {} of table '{}' no longer exists; its changes {} were not written", group.getFirst().getKey().id(), t.name(), shape.columns());
      }
    }
  }

  /**
   * {@code update "t" set "a" = ?, "b" = ? where "id" = ?}, rendered by jOOQ once per table and set of columns; on
   * SQLite a list column's value is {@code cast(? as text)} (it is bound as UTF-8 bytes).
   */
  private String render(TableDef t, List<FieldDef> cols, List<FieldDef> keys) {
    Map<Field<?>, Object> set = new LinkedHashMap<>();
    for (FieldDef c : cols) {
      Field<Object> value = Sql.val(c, null);
      set.put(Sql.field(c), sqlite && c.type().kind() == FieldType.Kind.LIST ? DSL.field("cast({0} as text)", Object.class, value) : value);
    }
    var where = DSL.and(keys.stream().map(k -> Sql.field(k).eq(Sql.val(k, null))).toList());
    return writer.render(writer.update(Sql.table(t)).set(set).where(where));
  }

  private static void bind(PreparedStatement ps, int index, FieldDef f, Object value) throws SQLException {
    if (value == null) ps.setNull(index, Sql.dataType(f.type()).getSQLType());
    else ps.setObject(index, value);
  }

  private static List<Object> binds(Map.Entry<EntityState, Map<String, Object>> row, List<FieldDef> cols, List<FieldDef> keys) {
    List<Object> out = new ArrayList<>(cols.size() + keys.size());
    for (FieldDef c : cols) out.add(row.getValue().get(c.name()));
    for (int i = 0; i < keys.size(); i++) out.add(Values.toColumn(keys.get(i).type(), row.getKey().id().get(i)));
    return out;
  }

  /** Tells the change listeners which rows and fields were written (after the commit). */
  private void announce(Map<EntityState, Map<String, Object>> rows) {
    List<RowChange> made = new ArrayList<>(rows.size());
    for (var e : rows.entrySet()) {
      TableDef t = schema.table(e.getKey().table());
      Map<String, Object> key = new LinkedHashMap<>();
      for (int i = 0; i < t.primary().size(); i++) key.put(t.primary().get(i), e.getKey().id().get(i));
      made.add(new RowChange(RowChange.Kind.UPDATED, t.name(), key, e.getValue().keySet(), Map.of()));
    }
    changes.emitAll(made);
  }

  private static void settle(List<Request> batch, RuntimeException failure) {
    for (Request r : batch) {
      r.writes().forEach((s, cols) -> {
        s.lock.lock();
        try {
          if (failure == null) s.landed(cols.keySet());
          else s.failed(cols.keySet());
        } finally {
          s.lock.unlock();
        }
      });
      if (failure == null) r.done().complete(null);
      else r.done().completeExceptionally(new DataException("Writing " + r.writes().size()
          + " changed rows failed (they stay buffered and are retried): " + rootMessage(failure), failure));
    }
  }

  /** The message of the innermost cause: the database's own words, not a wrapper's ("Error while running …"). */
  private static String rootMessage(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() != null ? t.getMessage() : failure.getMessage();
  }

  private static void fail(Map<EntityState, Map<String, Object>> writes, CompletableFuture<Void> done, DataException e) {
    settle(List.of(new Request(writes, done)), e);
  }

  /** Writes what is queued, then stops the writer thread. */
  @Override public void close() {
    closed = true;
    queue.add(STOP);
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
