package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A write the database refuses is kept, logged and retried; closing the engine writes what is still buffered. */
class FlushFailureTest {
  @TempDir Path dir;
  DataEngine engine;
  ListAppender<ILoggingEvent> log = new ListAppender<>();
  Logger flusherLog = (Logger) LoggerFactory.getLogger(Flusher.class);

  @BeforeEach void open() {
    engine = TestDatabases.sqlite(dir);
    engine.model.extend("user", Wallet.class);
    log.start();
    flusherLog.addAppender(log);
    // A switch the test flips: while it is on, every UPDATE of table user fails inside the database.
    engine.connections.writer.execute("create table fuse (blown integer not null)");
    engine.connections.writer.execute("insert into fuse values (0)");
    engine.connections.writer.execute("create trigger refuse before update on \"user\" "
        + "when (select blown from fuse) = 1 begin select raise(abort, 'disk on fire'); end");
  }

  @AfterEach void close() {
    flusherLog.detachAppender(log);
    engine.close();
  }

  private SessionDataImpl session(String user) {
    SessionDataImpl s = engine.open(new Identity("test", user, user, "room", "guild"));
    s.declareUserFields(List.of("coins"));
    return s;
  }

  private int storedCoins(String pid) {
    return TestDatabases.storedCoins(engine, pid);
  }

  @Test void aRefusedWriteIsReportedToTheWaiterLoggedAndLandsOnRetry() throws Exception {
    session("alice").user(Wallet.class).coins(0);
    session("alice").flush().get(5, TimeUnit.SECONDS);
    engine.connections.writer.execute("update fuse set blown = 1");

    SessionDataImpl s = session("alice");
    s.user(Wallet.class).coins(5);
    CompletableFuture<Void> first = s.flush();
    ExecutionException failure = org.assertj.core.api.Assertions.catchThrowableOfType(ExecutionException.class,
        () -> first.get(5, TimeUnit.SECONDS));
    assertThat(failure.getCause()).hasMessageContaining("failed").hasMessageContaining("retried");
    assertThat(log.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("retrying"));

    SessionDataImpl later = session("alice");
    later.user(Wallet.class).coins(later.user(Wallet.class).coins() + 1);
    engine.connections.writer.execute("update fuse set blown = 0");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (storedCoins("alice") != 6 && System.nanoTime() < deadline) Thread.sleep(20);
    assertThat(storedCoins("alice")).as("the retried write with the newer value merged in").isEqualTo(6);
    assertThat(session("alice").user(Wallet.class).dirty()).isEmpty();
  }

  @Test void closingWritesWhatIsStillBuffered() {
    Wallet w = engine.user("test", "bob", Wallet.class);
    w.coins(42);
    assertThat(w.dirty()).containsExactly("coins");
    engine.close();
    engine = TestDatabases.sqlite(dir);
    engine.model.extend("user", Wallet.class);
    assertThat(engine.user("test", "bob", Wallet.class).coins()).isEqualTo(42);
  }
}
