package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.data.Column;
import dev.mochi.api.data.DataException;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.TableOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import dev.mochi.api.data.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables described at runtime and the Database API over them, on a real SQLite file. */
class ModelAndDatabaseTest {
  @TempDir Path dir;
  DataEngine engine;

  /** A reminder table described by a record. */
  public record Reminder(long id, long userId, String text, Instant at, List<String> tags, Place place) {}

  /** Stored as JSON. */
  public record Place(String city, int floor) {}

  /** The same table a plugin version later: {@code text} renamed to {@code body}. */
  public record ReminderV2(long id, long userId, @Column(name = "body", formerly = "text") String body, Instant at) {}

  @BeforeEach void open() {
    engine = TestDatabases.sqlite(dir);
    engine.model.extend("reminder", Reminder.class, TableOptions.primary("id").autoIncrement().index("userId"));
  }

  @AfterEach void close() {
    engine.close();
  }

  @Test void aWriteTheDatabaseRefusesIsADataExceptionNamingTheOperationAndTable() {
    engine.model.extend("coupon", Map.of("code", FieldType.string()), TableOptions.primary("id").autoIncrement().unique("code"));
    engine.database.create("coupon", Map.of("code", "SPRING"));
    assertThatThrownBy(() -> engine.database.create("coupon", Map.of("code", "SPRING")))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("Insert on table 'coupon' failed")
        .hasMessageContaining("UNIQUE");
    assertThat(engine.database.count("coupon", Filter.ALL)).isEqualTo(1);
  }

  @Test void builtInTablesExistWithTheirFields() {
    assertThat(engine.model.fields("user")).hasValueSatisfying(f -> assertThat(f).containsKeys("id", "name", "authority", "createdAt"));
    assertThat(engine.model.fields("binding")).hasValueSatisfying(f -> assertThat(f).containsKeys("platform", "pid", "bid"));
    assertThat(engine.model.fields("channel")).hasValueSatisfying(f -> assertThat(f).containsKeys("platform", "id", "guildId", "assignee"));
  }

  @Test void createReturnsTheRowWithItsGeneratedIdAndJsonFieldsRoundTrip() {
    Instant at = Instant.parse("2025-01-02T03:04:05.678Z");
    Row r = engine.database.create("reminder", Map.of("userId", 3, "text", "tea", "at", at, "tags", List.of("a", "b"),
        "place", new Place("Oslo", 2)));
    assertThat(r.get("id", Long.class)).isPositive();
    Reminder back = engine.database.select(Reminder.class).where(Filter.eq("id", r.get("id"))).first().orElseThrow();
    assertThat(back).isEqualTo(new Reminder(r.get("id", Long.class), 3, "tea", at, List.of("a", "b"), new Place("Oslo", 2)));
    String rawTags = engine.connections.reader.fetchValue("select \"tags\" from \"reminder\"").toString();
    assertThat(rawTags).isEqualTo("[\"a\",\"b\"]");
  }

  @Test void selectionSortsLimitsAndOffsets() {
    for (int i = 0; i < 5; i++) engine.database.create("reminder", Map.of("userId", i, "text", "t" + i));
    List<Row> rows = engine.database.select("reminder").where(Filter.gte("userId", 1)).orderBy("-userId").limit(2).offset(1).list();
    assertThat(rows).extracting(r -> r.get("userId")).containsExactly(3L, 2L);
    assertThat(engine.database.select("reminder").count()).isEqualTo(5);
    assertThat(engine.database.count("reminder", Filter.lt("userId", 2))).isEqualTo(2);
  }

  @Test void setUpsertAndRemoveReportWhatTheyTouched() {
    engine.model.extend("score", Map.of("platform", FieldType.string(), "pid", FieldType.string(), "points", FieldType.integer()),
        TableOptions.primary("id").autoIncrement().unique("platform", "pid"));
    assertThat(engine.database.upsert("score", List.of(Map.of("platform", "d", "pid", "1", "points", 1),
        Map.of("platform", "d", "pid", "2", "points", 2)), "platform", "pid")).isEqualTo(2);
    engine.database.upsert("score", List.of(Map.of("platform", "d", "pid", "1", "points", 10)), "platform", "pid");
    assertThat(engine.database.count("score", Filter.ALL)).isEqualTo(2);
    assertThat(engine.database.get("score", Filter.eq("pid", "1"), "points").getFirst().get("points")).isEqualTo(10);
    assertThat(engine.database.set("score", Filter.gt("points", 1), Map.of("points", 0))).isEqualTo(2);
    assertThat(engine.database.remove("score", Filter.eq("pid", "2"))).isEqualTo(1);
    assertThatThrownBy(() -> engine.database.upsert("score", List.of(Map.of("points", 1)), "points"))
        .isInstanceOf(DataException.class).hasMessageContaining("primary key or a unique key");
  }

  @Test void aFailedTransactionWritesNothing() {
    Consumer<Database> failing = db -> {
      db.create("reminder", Map.of("userId", 1, "text", "kept?"));
      throw new DataException("stop");
    };
    assertThatThrownBy(() -> engine.database.transact(failing)).hasMessageContaining("stop");
    assertThat(engine.database.count("reminder", Filter.ALL)).isZero();
    engine.database.transact(db -> { db.create("reminder", Map.of("userId", 1, "text", "kept")); });
    assertThat(engine.database.count("reminder", Filter.ALL)).isEqualTo(1);
  }

  @Test void extendingAddsColumnsKeepsDataAndRenamesAFormerColumn() {
    engine.database.create("reminder", Map.of("userId", 7, "text", "old text"));
    engine.model.extend("reminder", ReminderV2.class);
    assertThat(engine.database.get("reminder", Filter.eq("userId", 7), "body").getFirst().get("body")).isEqualTo("old text");
    engine.model.extend("reminder", Map.of("done", FieldType.bool().withDefault("false")));
    assertThat(engine.database.get("reminder", Filter.ALL, "done").getFirst().get("done")).isEqualTo(false);
    assertThat(engine.database.get("reminder", Filter.ALL, "tags").getFirst().get("tags")).isEqualTo(List.of());
  }

  @Test void reopeningTheDatabaseKeepsEveryColumnEvenWhenNoLongerDeclared() {
    engine.model.extend("user", Map.of("karma", FieldType.integer().withDefault("0")));
    engine.database.set("user", Filter.ALL, Map.of("karma", 1));
    engine.close();
    engine = TestDatabases.sqlite(dir);
    assertThat(engine.model.fields("user").orElseThrow()).doesNotContainKey("karma");
    assertThat(engine.migratorColumns("user")).contains("karma", "created_at");
  }

  @Test void conflictingDeclarationsOfOneFieldAreRefused() {
    assertThatThrownBy(() -> engine.model.extend("reminder", Map.of("text", FieldType.integer())))
        .isInstanceOf(DataException.class).hasMessageContaining("Field 'text' of table 'reminder' is already declared as STRING");
  }

  @Test void valuesThatDoNotFitAFieldAreRefusedWithTheFieldNamed() {
    assertThatThrownBy(() -> engine.database.create("reminder", Map.of("userId", "seven")))
        .isInstanceOf(DataException.class).hasMessageContaining("field 'userId' of table 'reminder'");
    assertThatThrownBy(() -> engine.database.create("reminder", Map.of("nope", 1)))
        .isInstanceOf(DataException.class).hasMessageContaining("has no field 'nope'");
  }
}
