package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.Filter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the common case costs, counted with the jOOQ listener, and first contact under a burst. */
class HotPathTest {
  @TempDir Path dir;
  DataEngine engine;

  @BeforeEach void open() {
    engine = TestDatabases.sqlite(dir);
    engine.model.extend("user", Wallet.class);
    engine.model.extend("channel", Counter.class);
  }

  @AfterEach void close() {
    engine.close();
  }

  SessionDataImpl session(String user) {
    SessionDataImpl s = engine.open(new Identity("test", user, user, "room", "guild"));
    s.declareUserFields(List.of("coins", "msgCount"));
    s.declareChannelFields(List.of("count"));
    return s;
  }

  @Test void aKnownUsersMessageOnAWarmCacheCostsNoStatement() {
    SessionDataImpl first = session("alice");
    first.user(Wallet.class).coins();
    first.channel(Counter.class).count();
    long before = engine.statements().total();
    SessionDataImpl s = session("alice");
    assertThat(s.user(Wallet.class).coins()).isZero();
    assertThat(s.channel(Counter.class).count()).isZero();
    s.flush().join();
    assertThat(engine.statements().total() - before).isZero();
  }

  @Test void changingTwoUserFieldsCostsOneUpdate() {
    session("bob").user(Wallet.class).coins();
    long before = engine.statements().total();
    long updates = engine.statements().updates();
    SessionDataImpl s = session("bob");
    Wallet w = s.user(Wallet.class);
    w.coins(w.coins() + 1);
    w.msgCount(w.msgCount() + 1);
    s.flush().join();
    assertThat(engine.statements().total() - before).isEqualTo(1);
    assertThat(engine.statements().updates() - updates).isEqualTo(1);
    assertThat(engine.database.get("user", Filter.eq("coins", 1), "msgCount").getFirst().get("msgCount")).isEqualTo(1L);
  }

  @Test void aSessionThatChangesNothingCostsNoStatement() {
    session("carol").user(Wallet.class).coins();
    long before = engine.statements().total();
    SessionDataImpl s = session("carol");
    Wallet w = s.user(Wallet.class);
    w.coins(w.coins());
    assertThat(s.hasPendingWrites()).isFalse();
    s.flush().join();
    assertThat(engine.statements().total() - before).isZero();
  }

  @Test void fiftyFirstMessagesAtOnceCreateOneUserOneBindingAndOneChannel() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    Set<Long> ids = ConcurrentHashMap.newKeySet();
    Set<Throwable> errors = ConcurrentHashMap.newKeySet();
    List<Thread> threads = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      threads.add(Thread.ofVirtual().start(() -> {
        try {
          go.await();
          SessionDataImpl s = engine.open(new Identity("test", "newbie", "Newbie", "fresh-room", "g"));
          s.declareChannelFields(List.of("count"));
          ids.add(s.user().id());
          s.channel().update("count", (Integer c) -> c + 1);
          s.flush().join();
        } catch (Throwable t) {
          errors.add(t);
        }
      }));
    }
    go.countDown();
    for (Thread t : threads) t.join();
    assertThat(errors).isEmpty();
    assertThat(ids).hasSize(1);
    assertThat(engine.database.count("user", Filter.eq("name", "Newbie"))).isEqualTo(1);
    assertThat(engine.database.count("binding", Filter.eq("pid", "newbie"))).isEqualTo(1);
    assertThat(engine.database.get("channel", Filter.eq("id", "fresh-room"), "count"))
        .singleElement().satisfies(r -> assertThat(r.get("count")).isEqualTo(50));
  }

  @Test void concurrentFlushesShareCommits() throws Exception {
    for (int i = 0; i < 100; i++) session("user" + i).user(Wallet.class).coins();
    long commits = engine.flusher.commits();
    List<Thread> threads = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String user = "user" + i;
      threads.add(Thread.ofVirtual().start(() -> {
        SessionDataImpl s = session(user);
        s.user(Wallet.class).coins(1);
        s.flush().join();
      }));
    }
    for (Thread t : threads) t.join();
    assertThat(engine.database.count("user", Filter.eq("coins", 1))).isEqualTo(100);
    assertThat(engine.flusher.commits() - commits).isLessThan(100);
  }
}
