package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.data.FilterException;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The filter table against the database (SQLite, and PostgreSQL when it is reachable) and against the
 * in-memory evaluator: each case must match exactly the expected rows in both, or fail with the expected error.
 */
class FilterTableTest {

  abstract static class Against {
    DataEngine engine;
    List<Row> rows;

    void load(DataEngine e) {
      engine = e;
      engine.model.extend("item", FilterTable.fields());
      for (var r : FilterTable.rows()) engine.database.create("item", r);
      rows = engine.database.get("item", Filter.ALL);
      assertThat(rows).hasSize(6);
    }

    static Stream<FilterCase> cases() {
      return FilterTable.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void databaseAndMemoryAgreeWithTheExpectedRows(FilterCase c) {
      TableDef table = engine.schema.table("item");
      if (c.error() != null) {
        assertThatThrownBy(() -> engine.database.get("item", c.filter().get()))
            .isInstanceOf(FilterException.class).hasMessageContaining(c.error());
        assertThatThrownBy(() -> FilterPlan.of(engine.schema, table, c.filter().get()))
            .isInstanceOf(FilterException.class).hasMessageContaining(c.error());
        return;
      }
      Filter f = c.filter().get();
      List<String> sql = engine.database.get("item", f, "name").stream().map(r -> (String) r.get("name")).sorted().toList();
      FilterPlan plan = FilterPlan.of(engine.schema, table, f);
      List<String> memory = rows.stream().filter(r -> MemoryFilter.matches(plan, r.asMap()))
          .map(r -> (String) r.get("name")).sorted().toList();
      List<String> expected = c.matches().stream().sorted().toList();
      assertThat(sql).as("database").isEqualTo(expected);
      assertThat(memory).as("memory").isEqualTo(expected);
      assertThat(engine.database.count("item", f)).isEqualTo(expected.size());
      assertThat(engine.database.count("item", Filter.ALL)).as("the table survives injection attempts").isEqualTo(6);
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OnSqlite extends Against {
    Path dir;

    @BeforeAll void open() throws IOException {
      dir = Files.createTempDirectory("mochi-filter");
      load(TestDatabases.sqlite(dir));
    }

    @AfterAll void close() throws IOException {
      if (engine != null) engine.close();
      TestDatabases.delete(dir);
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OnPostgres extends Against {
    String schema;

    @BeforeAll void open() {
      schema = TestDatabases.postgresSchema();
      load(TestDatabases.postgres(schema));
    }

    @AfterAll void close() {
      if (engine != null) engine.close();
      if (schema != null) TestDatabases.dropPostgresSchema(schema);
    }
  }
}
