package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.Filter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer waits for the writes of sessions still running before it commits, and never keeps a session alone
 * waiting. The collecting times are made long here (a gap of 1.5 s, a window of 20 s) so that what is measured is
 * the rule, not the machine's speed.
 */
class GroupCommitWindowTest {
  private static final long GAP = TimeUnit.MILLISECONDS.toNanos(1_500);
  private static final long WINDOW = TimeUnit.SECONDS.toNanos(20);

  @TempDir Path dir;
  DataEngine engine;
  final AtomicInteger running = new AtomicInteger();

  @BeforeEach void open() {
    engine = TestDatabases.sqlite(dir);
    engine.model.extend("user", Wallet.class);
    engine.flusher.sessionsRunning(running::get);
    engine.flusher.collecting(GAP, WINDOW);
    for (String u : List.of("ann", "ben", "cat")) session(u).user(Wallet.class).coins();
  }

  @AfterEach void close() {
    engine.close();
  }

  private SessionDataImpl session(String user) {
    return TestDatabases.walletSession(engine, user);
  }

  private CompletableFuture<Void> write(String user, int coins) {
    SessionDataImpl s = session(user);
    s.user(Wallet.class).coins(coins);
    return s.flush();
  }

  @Test void threeRunningSessionsFlushingOneAfterAnotherShareOneCommitMadeWhenTheLastHasFlushed() throws Exception {
    running.set(3);
    long commits = engine.flusher.commits();
    CompletableFuture<Void> ann = write("ann", 1);
    Thread.sleep(200);
    CompletableFuture<Void> ben = write("ben", 2);
    Thread.sleep(200);
    assertThat(ann).as("the first waits: two more sessions run").isNotDone();
    long last = System.nanoTime();
    CompletableFuture<Void> cat = write("cat", 3);
    CompletableFuture.allOf(ann, ben, cat).get(10, TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(System.nanoTime() - last)).as("committed once all three had flushed, not after a gap")
        .isLessThan(Duration.ofNanos(GAP));
    assertThat(engine.flusher.commits() - commits).isEqualTo(1);
    assertThat(engine.database.get("user", Filter.gt("coins", 0), "coins")).hasSize(3);
  }

  @Test void aSessionAloneIsWrittenAtOnce() throws Exception {
    running.set(1);
    long start = System.nanoTime();
    write("ann", 5).get(10, TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofNanos(GAP));
  }

  @Test void aRunningSessionThatDoesNotFlushCostsTheOthersOneGapAtMost() throws Exception {
    running.set(2);
    long start = System.nanoTime();
    write("ann", 7).get(10, TimeUnit.SECONDS);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).as("waited for the other session's writes for one gap").isGreaterThanOrEqualTo(Duration.ofMillis(1_400));
    assertThat(took).as("not for the whole window").isLessThan(Duration.ofNanos(WINDOW / 2));
  }

  @Test void firstContactsArrivingTogetherShareOneCommit() throws Exception {
    running.set(3);
    long commits = engine.flusher.commits();
    List<CompletableFuture<Long>> ids = new java.util.ArrayList<>();
    for (String u : List.of("dan", "eve", "fay")) {
      ids.add(CompletableFuture.supplyAsync(() -> session(u).user().id(), r -> Thread.ofVirtual().start(r)));
    }
    CompletableFuture.allOf(ids.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    assertThat(ids).extracting(CompletableFuture::join).doesNotHaveDuplicates().hasSize(3);
    assertThat(engine.flusher.commits() - commits).as("three new users, one transaction").isEqualTo(1);
    assertThat(engine.database.count("binding", Filter.in("pid", List.of("dan", "eve", "fay")))).isEqualTo(3);
  }

  @Test void aWriteThatFailsIsRolledBackAloneAndTheOthersInItsTransactionStand() throws Exception {
    running.set(2);
    CompletableFuture<Object> failing = engine.flusher.write(tx -> {
      tx.execute("insert into \"user\" (\"name\") values ('ghost')");
      throw new IllegalStateException("this write fails");
    });
    CompletableFuture<Void> ann = write("ann", 9);
    assertThat(failing).failsWithin(Duration.ofSeconds(10)).withThrowableThat().havingCause()
        .isInstanceOf(IllegalStateException.class).withMessage("this write fails");
    ann.get(10, TimeUnit.SECONDS);
    assertThat(engine.database.count("user", Filter.eq("name", "ghost"))).as("the failed write's insert is rolled back").isZero();
    assertThat(engine.database.count("user", Filter.eq("coins", 9))).isEqualTo(1);
  }
}
