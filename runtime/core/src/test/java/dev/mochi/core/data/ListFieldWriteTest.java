package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.Filter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list field written back after each change reads back exactly as the plugin left it: after appends (written
 * from the text of the previous write), after changes in the middle, and with strings JSON must escape.
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

  @Test void theWrittenTextIsWhatJacksonReadsAsTheSameList() throws Exception {
    List<String> items = List.of("a", "b \"c\"", "\u007f", "\\n");
    assertThat(Values.JSON.readValue(ListJson.of(items), List.class)).isEqualTo(items);
    String first = ListJson.of(items.subList(0, 2));
    assertThat(ListJson.append(first, 2, items)).isEqualTo(ListJson.of(items));
    assertThat(ListJson.append("[]", 0, items)).isEqualTo(ListJson.of(items));
  }
}
