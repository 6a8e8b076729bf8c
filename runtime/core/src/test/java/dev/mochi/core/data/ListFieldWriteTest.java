package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.Filter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list field written back after each change reads back exactly as the plugin left it: after appends (written
 * from the text of the previous write), after changes in the middle, and with strings JSON must escape. On SQLite a
 * long list is stored padded to its capacity, so that appending an item writes the end of the row and not all of it:
 * counted in the pages the commit adds to the write-ahead log.
 */
class ListFieldWriteTest {
  @TempDir Path dir;
  DataEngine engine;

  @BeforeEach void open() {
    engine = TestDatabases.sqlite(dir);
    engine.model.extend("user", Wallet.class);
  }

  @AfterEach void close() {
    engine.close();
  }

  private List<String> stored() {
    long id = ((Number) engine.database.get("binding", Filter.eq("pid", "ann"), "bid").getFirst().get("bid")).longValue();
    @SuppressWarnings("unchecked")
    List<String> items = (List<String>) engine.database.get("user", Filter.eq("id", id), "items").getFirst().get("items");
    return items;
  }

  private Wallet wallet() {
    SessionDataImpl s = engine.open(new Identity("test", "ann", "ann", "room", ""));
    s.declareUserFields(List.of("items"));
    return s.user(Wallet.class);
  }

  @Test void appendsChangesInTheMiddleAndEscapesAllReadBackExactly() {
    List<String> expected = new ArrayList<>();
    Wallet w = wallet();
    for (String item : List.of("plain", "quote \" and \\ backslash", "line\nbreak\ttab", "ctrl \u0001 \u001f", "中文 ✓", "")) {
      w.items().add(item);
      expected.add(item);
      w.flush();
      assertThat(stored()).isEqualTo(expected);
    }
    w.items().add(1, "inserted");
    expected.add(1, "inserted");
    w.items().add("after insert");
    expected.add("after insert");
    w.flush();
    assertThat(stored()).isEqualTo(expected);
    w.items().remove(0);
    expected.remove(0);
    w.items().sort(Comparator.naturalOrder());
    expected.sort(Comparator.naturalOrder());
    w.items().add("last");
    expected.add("last");
    w.flush();
    assertThat(stored()).isEqualTo(expected);
    w.items().clear();
    w.items().add("fresh");
    w.flush();
    assertThat(stored()).containsExactly("fresh");
  }

  private long userId() {
    return ((Number) engine.database.get("binding", Filter.eq("pid", "ann"), "bid").getFirst().get("bid")).longValue();
  }

  /** Runs {@code sql} on the database file through a connection of its own and returns the first row's column {@code col}. */
  private long onFile(String sql, int col) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("mochi.db"));
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getLong(col);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Empties the write-ahead log, so that the next commit's pages are all it holds. */
  private void emptyWal() {
    assertThat(onFile("pragma wal_checkpoint(TRUNCATE)", 1)).as("checkpoint busy").isZero();
  }

  /** Pages in the write-ahead log. */
  private long walFrames() {
    return onFile("pragma wal_checkpoint(PASSIVE)", 2);
  }

  private long storedBytes() {
    return onFile("select length(cast(items as blob)) from user where id = " + userId(), 1);
  }

  private static int jsonBytes(List<String> items) {
    return ListJson.of(items).getBytes(StandardCharsets.UTF_8).length;
  }

  @Test void appendingToALongListWritesTheEndOfTheRowNotAllOfIt() {
    Wallet w = wallet();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) expected.add("item" + i);
    w.items().addAll(expected);
    w.coins(100);
    w.flush();
    int sameCapacity = 0;
    for (int k = 0; k < 5; k++) {
      emptyWal();
      int before = ListJson.capacity(jsonBytes(expected));
      expected.add("more" + k);
      w.items().add("more" + k);
      w.coins(101 + k);
      w.flush();
      long frames = walFrames();
      if (ListJson.capacity(jsonBytes(expected)) == before) {
        sameCapacity++;
        // The row page and the last page of the text (3 when the item crosses into the next page); written whole, as
        // before the padding, the row is 29 pages.
        assertThat(frames).as("pages written by appending item %d to a list of %d KB", k, before / 1024).isLessThanOrEqualTo(3);
      }
      assertThat(storedBytes()).isEqualTo(ListJson.capacity(jsonBytes(expected)));
    }
    assertThat(sameCapacity).isGreaterThanOrEqualTo(4);
    assertThat(stored()).isEqualTo(expected);
  }

  @Test void aPaddedListReadsBackAsTheListThroughFiltersAndAfterARestart() {
    Wallet w = wallet();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 300; i++) expected.add(i % 3 == 0 ? "中文 " + i : i % 3 == 1 ? "emoji \uD83D\uDE00 " + i : "quote \" " + i);
    w.items().addAll(expected);
    w.flush();
    int json = jsonBytes(expected);
    assertThat(json).isGreaterThan(ListJson.PAD_FROM);
    assertThat(storedBytes()).as("the JSON's UTF-8 bytes and the padding").isEqualTo(ListJson.capacity(json)).isGreaterThan(json);
    assertThat(onFile("select typeof(items) = 'text' from user where id = " + userId(), 1)).as("stored as text").isEqualTo(1);
    assertThat(stored()).isEqualTo(expected);
    assertThat(engine.database.get("user", Filter.includes("items", "中文 42"), "id")).hasSize(1);
    assertThat(engine.database.get("user", Filter.includes("items", "emoji \uD83D\uDE00 100"), "id")).hasSize(1);
    assertThat(engine.database.get("user", Filter.includes("items", "中文 43"), "id")).isEmpty();
    assertThat(engine.database.get("user", Filter.empty("items", false), "id")).hasSize(1);

    engine.close();
    engine = TestDatabases.sqlite(dir);
    engine.model.extend("user", Wallet.class);
    Wallet again = wallet();
    assertThat(again.items()).isEqualTo(expected);
    again.items().add("after the restart");
    expected.add("after the restart");
    again.flush();
    assertThat(stored()).isEqualTo(expected);
    assertThat(storedBytes()).isEqualTo(ListJson.capacity(jsonBytes(expected)));

    again.items().clear();
    again.flush();
    assertThat(storedBytes()).as("an empty list is stored as []").isEqualTo(2);
    assertThat(engine.database.get("user", Filter.empty("items", true), "id")).hasSize(1);
  }

  @Test void capacityGrowsInStepsOfAQuarterOfAPowerOfTwo() {
    assertThat(ListJson.capacity(2047)).isEqualTo(2047);
    assertThat(ListJson.capacity(2048)).isEqualTo(2048);
    assertThat(ListJson.capacity(2049)).isEqualTo(2560);
    assertThat(ListJson.capacity(100_000)).isEqualTo(114_688);
    assertThat(ListJson.capacity(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
  }

  @Test void theWrittenTextIsWhatJacksonReadsAsTheSameList() throws Exception {
    List<String> items = List.of("a", "b \"c\"", "\u007f", "\\n");
    assertThat(Values.JSON.readValue(ListJson.of(items), List.class)).isEqualTo(items);
    String first = ListJson.of(items.subList(0, 2));
    assertThat(ListJson.append(first, 2, items)).isEqualTo(ListJson.of(items));
    assertThat(ListJson.append("[]", 0, items)).isEqualTo(ListJson.of(items));
  }
}
