package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.data.Filter;
import dev.mochi.api.data.FilterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dotted filter paths across every kind of relation, on SQLite and PostgreSQL and in the in-memory evaluator
 * (over rows with their relations nested): each case matches exactly the expected posts, or fails naming why.
 */
class RelationFilterTest {
  static final String[] ALL = {"Again", "Draft", "Hello", "World"};

  static Stream<FilterCase> cases() {
    return Stream.of(
        FilterCase.json("{\"author.name\": \"ann\"}", "Hello"),
        FilterCase.json("{\"author\": {\"name\": \"bob\"}}", "World"),
        FilterCase.json("{\"author.name\": {\"$ne\": \"ann\"}}", "World", "Draft", "Again"),
        FilterCase.json("{\"$not\": {\"author.name\": \"ann\"}}", "World", "Again"),
        FilterCase.json("{\"author.team.name\": \"blue\"}", "World"),
        FilterCase.json("{\"author.team\": null}", "Draft", "Again"),
        FilterCase.json("{\"author.team.name\": {\"$empty\": true}}", "Draft", "Again"),
        FilterCase.json("{\"author\": null}", "Draft"),
        FilterCase.json("{\"author\": {\"$exists\": true}}", "Hello", "World", "Again"),
        FilterCase.json("{\"author.profile.bio\": {\"$like\": \"%'quotes'%\"}}", "Hello"),
        FilterCase.json("{\"author.profile.bio\": \"likes 'quotes' and \\\"more\\\"\"}", "Hello"),
        FilterCase.json("{\"author.profile.bio\": {\"$empty\": true}}", "World", "Draft", "Again"),
        FilterCase.json("{\"author.profile\": {\"$notExists\": true}}", "World", "Draft"),
        FilterCase.json("{\"tags.label\": \"java\"}", "Hello", "World"),
        FilterCase.json("{\"tags.label\": {\"$in\": [\"sql\"]}}", "Hello", "Again"),
        FilterCase.json("{\"tags.label\": \"java\", \"tags.color\": \"blue\"}"),
        FilterCase.json("{\"tags\": {\"color\": \"red\", \"label\": \"misc\"}}", "Again"),
        FilterCase.json("{\"$and\": [{\"$or\": [{\"tags.label\": \"java\"}]}, {\"$or\": [{\"tags.label\": \"sql\"}]}]}", "Hello"),
        FilterCase.json("{\"tags\": null}", "Draft"),
        FilterCase.json("{\"tags\": {\"$empty\": false}}", "Hello", "World", "Again"),
        FilterCase.json("{\"$not\": {\"tags.label\": \"java\"}}", "Draft", "Again"),
        FilterCase.json("{\"tags.label\": {\"$ne\": \"java\"}}", "Hello", "Again"),
        FilterCase.json("{\"comments.stars\": {\"$gte\": 4}}", "Hello", "World"),
        FilterCase.json("{\"comments.body\": \"nice\", \"comments.stars\": {\"$lt\": 3}}", "Again"),
        FilterCase.json("{\"comments\": {\"$notExists\": true}}", "Draft"),
        FilterCase.json("{\"author.posts.title\": \"World\"}", "World"),
        FilterCase.json("{\"tags.posts.title\": \"Again\"}", "Hello", "Again"),
        FilterCase.json("{\"comments.post.author.name\": \"bob\"}", "World"),
        FilterCase.json("{\"$or\": [{\"author.name\": \"ann\"}, {\"tags.label\": \"misc\"}]}", "Hello", "Again"),
        FilterCase.json("{\"score\": {\"$gt\": 1}, \"author.team.name\": {\"$startsWith\": \"r\"}}", "Hello"),
        FilterCase.json("{\"author.name\": \"ann' OR '1'='1\"}"),
        FilterCase.bad("{\"author.nope\": 1}", "does not have"),
        FilterCase.bad("{\"nope.name\": 1}", "'nope' is not a relation of table 'post'"),
        FilterCase.bad("{\"title.x\": 1}", "'title' is not a relation"),
        FilterCase.bad("{\"author\": 1}", "names a relation"),
        FilterCase.bad("{\"author\": {\"$gt\": 1}}", "names a relation"),
        FilterCase.bad("{\"author.name; DROP TABLE post\": 1}", "does not have"),
        FilterCase.bad("{\"comments.post.comments.post.author.name\": \"x\"}", "more than 4"),
        FilterCase.bad("{\"author.score\": {\"$gt\": \"x\"}}", "does not have"),
        FilterCase.bad("{\"comments.stars\": \"many\"}", "does not fit field 'stars'"));
  }

  abstract static class Against {
    DataEngine engine;
    List<Map<String, Object>> nested;

    void load(DataEngine e) {
      engine = e;
      RelationFixture.declare(engine.model);
      RelationFixture.fill(engine.database);
      nested = RelationFixture.nestedPosts(engine, 3);
      assertThat(nested).hasSize(4);
    }

    static Stream<FilterCase> cases() {
      return RelationFilterTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void databaseAndMemoryAgreeWithTheExpectedPosts(FilterCase c) {
      TableDef post = engine.schema.table("post");
      if (c.error() != null) {
        assertThatThrownBy(() -> engine.database.get("post", c.filter().get()))
            .isInstanceOf(FilterException.class).hasMessageContaining(c.error());
        return;
      }
      Filter f = c.filter().get();
      List<String> sql = engine.database.get("post", f, "title").stream().map(r -> (String) r.get("title")).sorted().toList();
      FilterPlan plan = FilterPlan.of(engine.schema, post, f);
      List<String> memory = nested.stream().filter(r -> MemoryFilter.matches(plan, r))
          .map(r -> (String) r.get("title")).sorted().toList();
      List<String> expected = c.matches().stream().sorted().toList();
      assertThat(sql).as("database").isEqualTo(expected);
      assertThat(memory).as("memory").isEqualTo(expected);
      assertThat(engine.database.count("post", f)).isEqualTo(expected.size());
      assertThat(engine.database.count("post", Filter.ALL)).isEqualTo(4);
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OnSqlite extends Against {
    Path dir;

    @BeforeAll void open() throws IOException {
      dir = Files.createTempDirectory("mochi-relations");
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
