package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session alone commits its own changes on its own thread; with others about, its changes go to the writer; and
 * whichever path a write takes, a newer value of a row is never overtaken by an older one.
 */
class AloneWriteTest {
  @TempDir Path dir;
  DataEngine engine;
  final AtomicInteger accepted = new AtomicInteger();
  final AtomicInteger running = new AtomicInteger();

  @BeforeEach void open() {
    engine = TestDatabases.sqlite(dir);
    engine.model.extend("user", Wallet.class);
    engine.flusher.sessionsAccepted(accepted::get);
    engine.flusher.sessionsRunning(running::get);
    for (String u : List.of("ann", "ben")) session(u).user(Wallet.class).coins();
  }

  @AfterEach void close() {
    engine.close();
  }

  private SessionDataImpl session(String user) {
    return TestDatabases.walletSession(engine, user);
  }

  private int stored(String user) {
    return TestDatabases.storedCoins(engine, user);
  }

  @Test void theOnlySessionCommitsBeforeItsFlushReturns() {
    accepted.set(1);
    running.set(1);
    long commits = engine.flusher.commits();
    SessionDataImpl s = session("ann");
    s.user(Wallet.class).coins(7);
    CompletableFuture<Void> flushed = s.flush();
    assertThat(flushed).as("written on the caller's thread: nothing left to wait for").isCompleted();
    assertThat(engine.flusher.commits() - commits).isEqualTo(1);
    assertThat(stored("ann")).isEqualTo(7);
    assertThat(session("ann").user(Wallet.class).dirty()).isEmpty();
  }

  @Test void withAnotherSessionAcceptedTheWriterCommitsAndTheFlushWaitsForIt() throws Exception {
    accepted.set(2);
    running.set(2);
    engine.flusher.collecting(TimeUnit.MILLISECONDS.toNanos(1_500), TimeUnit.SECONDS.toNanos(20));
    SessionDataImpl s = session("ann");
    s.user(Wallet.class).coins(8);
    CompletableFuture<Void> flushed = s.flush();
    assertThat(flushed).as("queued: the writer waits for the other running session first").isNotDone();
    flushed.get(10, TimeUnit.SECONDS);
    assertThat(stored("ann")).isEqualTo(8);
  }

  /**
   * Four threads write rising values into one row, flushing each one while the count of accepted sessions flips
   * between one and two, so that own commits and the writer's interleave; some flushes are waited for, some not.
   * What is stored at the end is the last value given, and each path was taken.
   */
  @Test void ownCommitsAndTheWritersInterleavedKeepTheNewestValue() throws Exception {
    running.set(1);
    Wallet row = engine.user("test", "ben", Wallet.class);
    Object order = new Object();
    int[] next = {1};
    AtomicInteger direct = new AtomicInteger();
    AtomicInteger queued = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    List<CompletableFuture<Void>> unawaited = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      threads.add(Thread.ofPlatform().start(() -> {
        for (int i = 0; i < 300; i++) {
          SessionDataImpl s = session("ben");
          synchronized (order) {
            s.user(Wallet.class).coins(next[0]++);
          }
          accepted.set(ThreadLocalRandom.current().nextBoolean() ? 1 : 2);
          CompletableFuture<Void> f = s.flush();
          if (f.isDone()) direct.incrementAndGet();
          else queued.incrementAndGet();
          if (i % 3 == 0) f.join();
          else synchronized (unawaited) {
            unawaited.add(f);
          }
        }
      }));
    }
    for (Thread t : threads) t.join(Duration.ofSeconds(60));
    CompletableFuture.allOf(unawaited.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    assertThat(direct.get()).as("own commits").isPositive();
    assertThat(queued.get()).as("the writer's").isPositive();
    assertThat(stored("ben")).isEqualTo(next[0] - 1);
    assertThat(row.coins()).isEqualTo(next[0] - 1);
  }

  @Test void anOwnCommitTheDatabaseRefusesFailsTheFlushAndTheWriterWritesItLater() throws Exception {
    accepted.set(1);
    running.set(1);
    engine.connections.writer.execute("create table fuse (blown integer not null)");
    engine.connections.writer.execute("insert into fuse values (1)");
    engine.connections.writer.execute("create trigger refuse before update on \"user\" "
        + "when (select blown from fuse) = 1 begin select raise(abort, 'disk on fire'); end");
    SessionDataImpl s = session("ann");
    s.user(Wallet.class).coins(9);
    CompletableFuture<Void> flushed = s.flush();
    assertThat(flushed).isCompletedExceptionally();
    ExecutionException failure = catchThrowableOfType(ExecutionException.class, flushed::get);
    assertThat(failure.getCause()).hasMessageContaining("disk on fire").hasMessageContaining("retried");
    engine.connections.writer.execute("update fuse set blown = 0");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (stored("ann") != 9 && System.nanoTime() < deadline) Thread.sleep(20);
    assertThat(stored("ann")).as("the writer's retry landed").isEqualTo(9);
    assertThat(session("ann").user(Wallet.class).dirty()).isEmpty();
  }

  /** A flush that fails before anything is written (a value that cannot be stored) leaves the writer free. */
  @Test void aFlushThatFailsInItsSnapshotDoesNotHoldTheWriter() throws Exception {
    accepted.set(1);
    running.set(1);
    SessionDataImpl bad = session("ann");
    bad.declareUserFields(List.of("prefs"));
    bad.user(Wallet.class).prefs().put("thing", new Object());
    assertThatThrownBy(bad::flush).isInstanceOf(RuntimeException.class);

    accepted.set(2);
    SessionDataImpl good = session("ben");
    good.user(Wallet.class).coins(3);
    good.flush().get(10, TimeUnit.SECONDS);
    assertThat(stored("ben")).as("the writer thread wrote it").isEqualTo(3);
    bad.user(Wallet.class).prefs().remove("thing");
  }
}
