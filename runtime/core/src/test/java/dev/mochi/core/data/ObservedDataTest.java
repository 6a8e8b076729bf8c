package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.Filter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Observer semantics of the observed user and channel, on SQLite and on PostgreSQL. */
class ObservedDataTest {

  abstract static class Semantics {
    DataEngine engine;

    void prepare(DataEngine e) {
      engine = e;
      engine.model.extend("user", Wallet.class);
      engine.model.extend("channel", Counter.class);
    }

    SessionDataImpl session(String user) {
      SessionDataImpl s = engine.open(new Identity("test", user, user, "room", "guild"));
      s.declareUserFields(List.of("coins", "items", "msgCount", "prefs"));
      s.declareChannelFields(List.of("count"));
      return s;
    }

    long statements() {
      return engine.statements().total();
    }

    @Test void settingAnEqualValueDoesNotMarkTheFieldDirty() {
      Wallet w = session("alice").user(Wallet.class);
      w.coins(0);
      w.msgCount(0);
      assertThat(w.dirty()).isEmpty();
      w.coins(3);
      assertThat(w.dirty()).containsExactly("coins");
    }

    @Test void listMutationsMarkTheListDirty() {
      SessionDataImpl s = session("bob");
      Wallet w = s.user(Wallet.class);
      w.items().add("sword");
      assertThat(w.dirty()).containsExactly("items");
      s.flush().join();
      assertThat(w.dirty()).isEmpty();
      w.items().add("shield");
      s.flush().join();
      w.items().remove("sword");
      assertThat(w.dirty()).containsExactly("items");
      s.flush().join();
      w.items().add("axe");
      s.flush().join();
      w.items().set(0, "bow");
      assertThat(w.dirty()).containsExactly("items");
      s.flush().join();
      w.items().sort(Comparator.naturalOrder());
      assertThat(w.dirty()).containsExactly("items");
      s.flush().join();
      assertThat(engine.database.get("user", Filter.eq("id", w.id()), "items").getFirst().get("items"))
          .isEqualTo(List.of("axe", "bow"));
    }

    @Test void mapMutationsMarkTheMapDirtyAndAreStoredAsJson() {
      SessionDataImpl s = session("mia");
      Wallet w = s.user(Wallet.class);
      w.prefs().put("lang", "zh-CN");
      assertThat(w.dirty()).containsExactly("prefs");
      s.flush().join();
      String raw = engine.connections.reader.fetchValue("select \"prefs\" from \"user\" where \"id\" = ?", w.id()).toString();
      assertThat(raw).isEqualTo("{\"lang\":\"zh-CN\"}");
    }

    @Test void afterAFlushTheBufferIsEmptyAndASecondFlushMakesNoCall() {
      SessionDataImpl s = session("carol");
      Wallet w = s.user(Wallet.class);
      w.coins(7);
      w.flush();
      assertThat(w.dirty()).isEmpty();
      long before = statements();
      w.flush();
      s.flush().join();
      assertThat(statements()).isEqualTo(before);
    }

    @Test void readingAnUndeclaredFieldNamesTheFieldAndTheDeclarationToAdd() {
      SessionDataImpl s = engine.open(new Identity("test", "dave", "dave", "room", "guild"));
      Wallet w = s.user(Wallet.class);
      assertThatThrownBy(w::coins).isInstanceOf(DataException.class)
          .hasMessageContaining("Field 'coins' of table 'user' was read but not declared")
          .hasMessageContaining(".userFields(\"coins\")");
      assertThatThrownBy(() -> s.channel().get("count")).isInstanceOf(DataException.class)
          .hasMessageContaining(".channelFields(\"count\")");
    }

    @Test void readingAFieldNoTableHasSaysHowToDeclareIt() {
      assertThatThrownBy(() -> session("erin").user().get("karma")).isInstanceOf(DataException.class)
          .hasMessageContaining("Table 'user' has no field 'karma'").hasMessageContaining("ctx.model().extend(\"user\"");
    }

    @Test void writesOfOneSessionAreWhatTheNextSessionReads() {
      SessionDataImpl first = session("fay");
      first.user(Wallet.class).coins(5);
      first.flush().join();
      Wallet again = session("fay").user(Wallet.class);
      assertThat(again.coins()).isEqualTo(5);
      assertThat(engine.database.get("user", Filter.eq("coins", 5), "name").getFirst().get("name")).isEqualTo("fay");
    }

    @Test void updateIsAnAtomicReadModifyWriteOnTheSharedChannel() throws Exception {
      List<Thread> threads = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String user = "u" + (i % 20);
        threads.add(Thread.ofVirtual().start(() -> {
          SessionDataImpl s = session(user);
          s.channel().update("count", (Integer c) -> c + 1);
          s.flush().join();
        }));
      }
      for (Thread t : threads) t.join();
      Counter c = session("u0").channel(Counter.class);
      assertThat(c.count()).isEqualTo(200);
      assertThat(engine.database.get("channel", Filter.eq("id", "room"), "count").getFirst().get("count")).isEqualTo(200);
    }

    @Test void aDatabaseWriteIsSeenByTheNextSession() {
      SessionDataImpl s = session("gus");
      long id = s.user(Wallet.class).id();
      engine.database.set("user", Filter.eq("id", id), java.util.Map.of("coins", 42));
      assertThat(session("gus").user(Wallet.class).coins()).isEqualTo(42);
    }

    @Test void getUserObservesAnotherUserWhoseWritesFlushWithTheSession() {
      long other = session("hal").user().id();
      SessionDataImpl s = session("ivy");
      var hal = s.getUser(other, "coins").orElseThrow();
      hal.set("coins", 9);
      s.flush().join();
      assertThat(engine.database.get("user", Filter.eq("id", other), "coins").getFirst().get("coins")).isEqualTo(9);
      assertThat(s.getUser(987654, "coins")).isEmpty();
    }
  }

  @Nested
  class OnSqlite extends Semantics {
    Path dir;

    @BeforeEach void open() throws IOException {
      dir = Files.createTempDirectory("mochi-observed");
      prepare(TestDatabases.sqlite(dir));
    }

    @AfterEach void close() throws IOException {
      if (engine != null) engine.close();
      TestDatabases.delete(dir);
    }
  }

  @Nested
  class OnPostgres extends Semantics {
    String schema;

    @BeforeEach void open() {
      schema = TestDatabases.postgresSchema();
      prepare(TestDatabases.postgres(schema));
    }

    @AfterEach void close() {
      if (engine != null) engine.close();
      if (schema != null) TestDatabases.dropPostgresSchema(schema);
    }
  }
}
