package dev.mochi.console.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.testkit.MochiTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Forty-odd list requests of {@code post} — every filter operator, nesting, dotted paths across relations, sorts with
 * ties, pagination edges, fields, except and appends — each with the exact rows it must answer, sent over HTTP GET
 * (NocoBase's query string), HTTP POST, the socket and the JianghuJS package form (HTTP and socket), against a SQLite
 * file and the same against PostgreSQL.
 */
class ListTableTest {
  /** One request: its parameters, the titles of the rows in order, and what else the answer must hold. */
  record Case(String name, Map<String, Object> params, List<String> titles, Consumer<Answer> more) {}

  /** An answer as the test reads it, whatever the transport: rows and meta. */
  record Answer(List<JsonNode> rows, JsonNode meta) {}

  static final List<String> ALL = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
      "juliet", "kilo 'quoted' \"x\"", "lima_100%");

  static Map<String, Object> p(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  static Case c(String name, Map<String, Object> params, String... titles) {
    return new Case(name, params, List.of(titles), a -> {});
  }

  static Case c(String name, Map<String, Object> params, List<String> titles, Consumer<Answer> more) {
    return new Case(name, params, titles, more);
  }

  static Map<String, Object> f(String filterJson, Object... more) {
    Map<String, Object> m = p(more);
    m.put("filter", Wire.parse(filterJson));
    m.putIfAbsent("pageSize", 50);
    return m;
  }

  static List<Case> cases() {
    return List.of(
        c("every row by key", p("pageSize", 50), ALL, a -> assertThat(a.meta().path("count").asLong()).isEqualTo(12)),
        c("a plain value is $eq", f("{\"score\": 5}"), "alpha", "charlie", "golf"),
        c("$eq", f("{\"score\": {\"$eq\": 3}}"), "bravo", "echo", "juliet"),
        c("$ne", f("{\"score\": {\"$ne\": 3}}"), "alpha", "charlie", "delta", "foxtrot", "golf", "hotel", "india",
            "kilo 'quoted' \"x\"", "lima_100%"),
        c("$gt", f("{\"score\": {\"$gt\": 3}}"), "alpha", "charlie", "golf", "india"),
        c("$gte", f("{\"score\": {\"$gte\": 3}}"), "alpha", "bravo", "charlie", "echo", "golf", "india", "juliet"),
        c("$lt", f("{\"score\": {\"$lt\": 2}}"), "delta", "foxtrot", "lima_100%"),
        c("$lte", f("{\"score\": {\"$lte\": 2}}"), "delta", "foxtrot", "hotel", "kilo 'quoted' \"x\"", "lima_100%"),
        c("$in", f("{\"score\": {\"$in\": [0, 4]}}"), "foxtrot", "india"),
        c("$nin", f("{\"score\": {\"$nin\": [0, 1, 2, 3]}}"), "alpha", "charlie", "golf", "india"),
        c("$notIn (NocoBase)", f("{\"score\": {\"$notIn\": [5, 3, 2, 1]}}"), "foxtrot", "india"),
        c("$like", f("{\"title\": {\"$like\": \"%o%\"}}"), "bravo", "echo", "foxtrot", "golf", "hotel", "kilo 'quoted' \"x\""),
        c("$includes", f("{\"title\": {\"$includes\": \"li\"}}"), "charlie", "juliet", "lima_100%"),
        c("$notIncludes", f("{\"title\": {\"$notIncludes\": \"a\"}}"), "echo", "foxtrot", "golf", "hotel", "juliet",
            "kilo 'quoted' \"x\""),
        c("$startsWith", f("{\"title\": {\"$startsWith\": \"l\"}}"), "lima_100%"),
        c("$endWith", f("{\"title\": {\"$endWith\": \"o\"}}"), "bravo", "echo"),
        c("_ and % are literal in $includes", f("{\"title\": {\"$includes\": \"a_1\"}}"), "lima_100%"),
        c("% is literal in $endWith", f("{\"title\": {\"$endWith\": \"0%\"}}"), "lima_100%"),
        c("quotes are data", f("{\"title\": \"kilo 'quoted' \\\"x\\\"\"}"), "kilo 'quoted' \"x\""),
        c("SQL in a value is data", f("{\"title\": \"' OR '1'='1\"}")),
        c("a boolean", f("{\"published\": true}"), "alpha", "charlie", "delta", "echo", "hotel", "india", "kilo 'quoted' \"x\""),
        c("$isFalsy", f("{\"published\": {\"$isFalsy\": true}}"), "bravo", "foxtrot", "golf", "juliet", "lima_100%"),
        c("$or", f("{\"$or\": [{\"score\": 5}, {\"title\": \"delta\"}]}"), "alpha", "charlie", "delta", "golf"),
        c("$and", f("{\"$and\": [{\"published\": true}, {\"score\": {\"$gte\": 4}}]}"), "alpha", "charlie", "india"),
        c("empty $or is no condition", f("{\"$or\": []}"), ALL, a -> {}),
        c("empty $and is no condition", f("{\"$and\": []}"), ALL, a -> {}),
        c("nesting", f("{\"$or\": [{\"$and\": [{\"published\": false}, {\"score\": {\"$gt\": 2}}]}, {\"title\": {\"$startsWith\": \"a\"}}]}"),
            "alpha", "bravo", "golf", "juliet"),
        c("$not", f("{\"$not\": {\"published\": true}}"), "bravo", "foxtrot", "golf", "juliet", "lima_100%"),
        c("$between", f("{\"score\": {\"$between\": [2, 3]}}"), "bravo", "echo", "hotel", "juliet", "kilo 'quoted' \"x\""),
        c("$notBetween", f("{\"score\": {\"$notBetween\": [1, 4]}}"), "alpha", "charlie", "foxtrot", "golf"),
        c("$dateOn a day", f("{\"createdAt\": {\"$dateOn\": \"2024-03-05\"}}"), "echo"),
        c("$dateBefore a day", f("{\"createdAt\": {\"$dateBefore\": \"2024-03-03\"}}"), "alpha", "bravo"),
        c("$dateAfter a day", f("{\"createdAt\": {\"$dateAfter\": \"2024-03-11\"}}"), "lima_100%"),
        c("$dateBetween two days", f("{\"createdAt\": {\"$dateBetween\": [\"2024-03-10\", \"2024-03-11\"]}}"), "juliet",
            "kilo 'quoted' \"x\""),
        c("$dateOn a month", f("{\"createdAt\": {\"$dateOn\": \"2024-03\"}}"), ALL, a -> {}),
        c("a dotted path across belongsTo", f("{\"createdBy.name\": \"bob\"}"), "charlie", "delta", "golf", "juliet"),
        c("a dotted path and a field", f("{\"createdBy.name\": {\"$in\": [\"ann\", \"olga\"]}, \"score\": {\"$gte\": 3}}"),
            "alpha", "bravo", "echo", "india"),
        c("a dotted path across belongsToMany", f("{\"tags.label\": \"java\"}"), "alpha", "bravo", "golf"),
        c("a dotted path across hasMany", f("{\"comments.stars\": {\"$gte\": 4}}"), "alpha", "charlie"),
        c("sort descending, ties by key", p("sort", "-score", "pageSize", 50), List.of("alpha", "charlie", "golf", "india", "bravo",
            "echo", "juliet", "hotel", "kilo 'quoted' \"x\"", "delta", "lima_100%", "foxtrot"), a -> {}),
        c("two sort keys", p("sort", List.of("score", "-title"), "pageSize", 50), List.of("foxtrot", "lima_100%", "delta",
            "kilo 'quoted' \"x\"", "hotel", "juliet", "echo", "bravo", "india", "golf", "charlie", "alpha"), a -> {}),
        c("sort on a boolean", p("sort", "-published,score", "pageSize", 50), List.of("delta", "hotel", "kilo 'quoted' \"x\"",
            "echo", "india", "alpha", "charlie", "foxtrot", "lima_100%", "bravo", "juliet", "golf"), a -> {}),
        c("a middle page of a sorted list", p("sort", "-score", "pageSize", 5, "page", 2), List.of("echo", "juliet", "hotel",
            "kilo 'quoted' \"x\"", "delta"), a -> {
              assertThat(a.meta().path("count").asLong()).isEqualTo(12);
              assertThat(a.meta().path("page").asInt()).isEqualTo(2);
              assertThat(a.meta().path("pageSize").asInt()).isEqualTo(5);
              assertThat(a.meta().path("totalPage").asInt()).isEqualTo(3);
            }),
        c("the last, short page", p("pageSize", 5, "page", 3), "kilo 'quoted' \"x\"", "lima_100%"),
        c("past the last page", p("pageSize", 5, "page", 4)),
        c("the default page size", p(), ALL, a -> assertThat(a.meta().path("pageSize").asInt()).isEqualTo(20)),
        c("pageSize 10^9 is clamped", p("pageSize", 1_000_000_000), ALL, a ->
            assertThat(a.meta().path("pageSize").asInt()).as("meta.pageSize says the cap").isEqualTo(200)),
        c("paginate false has no count", f("{\"published\": false}", "paginate", false), List.of("bravo", "foxtrot", "golf",
            "juliet", "lima_100%"), a -> assertThat(a.meta().has("count")).isFalse()),
        c("fields", f("{\"score\": 0}", "fields", "title,score"), List.of("foxtrot"), a ->
            assertThat(fieldNames(a.rows().getFirst())).containsExactly("id", "title", "score")),
        c("except", f("{\"title\": \"golf\"}", "except", List.of("body", "createdAt", "updatedAt", "createdById", "published")),
            List.of("golf"), a -> assertThat(fieldNames(a.rows().getFirst())).containsExactly("id", "title", "score")),
        c("appends a belongsToMany", f("{\"title\": \"golf\"}", "appends", "tags", "fields", "title"), List.of("golf"), a -> {
          JsonNode tags = a.rows().getFirst().get("tags");
          List<String> labels = new ArrayList<>();
          tags.forEach(t -> labels.add(t.get("label").asText()));
          assertThat(labels).containsExactlyInAnyOrder("java", "misc");
        }),
        c("appends a belongsTo, only its readable fields", f("{\"title\": \"echo\"}", "appends", List.of("createdBy"), "fields", "title"),
            List.of("echo"), a -> assertThat(fieldNames(a.rows().getFirst().get("createdBy"))).containsExactlyInAnyOrder("id", "name")),
        c("appends a hasMany", f("{\"title\": \"alpha\"}", "appends", "comments"), List.of("alpha"), a ->
            assertThat(a.rows().getFirst().get("comments")).hasSize(2)));
  }

  static List<String> fieldNames(JsonNode row) {
    List<String> out = new ArrayList<>();
    row.fieldNames().forEachRemaining(out::add);
    return out;
  }

  static List<String> titles(List<JsonNode> rows) {
    return rows.stream().map(r -> r.get("title").asText()).toList();
  }

  static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  abstract static class Against {
    static final int PORT = Consoles.freePort();
    Wire anonymous;

    abstract MochiTest mochi();

    @BeforeEach void seed() {
      Library.seed(mochi().app().root().database(), mochi().app().root().resources());
      anonymous = new Wire(PORT, null);
    }

    void check(Case c, String transport, Answer a) {
      assertThat(titles(a.rows())).as(c.name() + " over " + transport).containsExactlyElementsOf(c.titles());
      c.more().accept(a);
    }

    @Test void everyListRequestAnswersItsRowsOverEachTransport() {
      assertThat(cases()).hasSizeGreaterThanOrEqualTo(40);
      try (Wire.Socket socket = anonymous.socket()) {
        for (Case c : cases()) {
          Wire.Answer get = anonymous.get("post:list", c.params());
          assertThat(get.status()).as(c.name() + " GET: " + get.body()).isEqualTo(200);
          check(c, "GET", new Answer(list(get.data()), get.body().path("meta")));
          Wire.Answer post = anonymous.post("post:list", c.params());
          assertThat(post.status()).as(c.name() + " POST: " + post.body()).isEqualTo(200);
          check(c, "POST", new Answer(list(post.data()), post.body().path("meta")));
          JsonNode ws = socket.call("post:list", c.params());
          assertThat(ws.path("ok").asBoolean()).as(c.name() + " socket: " + ws).isTrue();
          check(c, "the socket", new Answer(list(ws.get("data")), ws.path("meta")));
        }
      }
    }

    @Test void everyListRequestAnswersItsRowsAsAJianghuPackage() {
      try (Wire.Socket socket = anonymous.socket()) {
        for (Case c : cases()) {
          Wire.Answer http = anonymous.pkg("", "post:list", Map.of("actionData", c.params()));
          assertThat(http.status()).as(c.name() + " package: " + http.body()).isEqualTo(200);
          JsonNode result = http.body().path("appData").path("resultData");
          check(c, "a package over HTTP", new Answer(list(result.get("rows")), result));
          JsonNode ws = socket.pkg("", "post:list", Map.of("actionData", c.params()));
          assertThat(ws.path("status").asText()).as(c.name() + " package on the socket: " + ws).isEqualTo("success");
          assertThat(ws.path("packageType").asText()).isEqualTo("socketResponse");
          JsonNode wsResult = ws.path("appData").path("resultData");
          check(c, "a package on the socket", new Answer(list(wsResult.get("rows")), wsResult));
        }
      }
    }

    @Test void jianghuConditionsOfAPackageNarrowATableList() {
      Wire.Answer a = anonymous.pkg("", "post:list", p(
          "where", p("published", true),
          "whereIn", p("score", List.of(1, 2, 5)),
          "whereLike", p("title", "l"),
          "whereOptions", List.of(List.of("score", ">=", 2)),
          "whereOrOptions", List.of(List.of("title", "=", "hotel"), List.of("title", "=", "alpha"), List.of("title", "=", "delta")),
          "orderBy", List.of(p("column", "score", "order", "desc")),
          "limit", 10, "offset", 0));
      assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
      JsonNode result = a.body().path("appData").path("resultData");
      // published, score in (1,2,5), title like %l%, score >= 2, title one of three: alpha (5), hotel (2)
      assertThat(titles(list(result.get("rows")))).containsExactly("alpha", "hotel");
      assertThat(result.path("count").asLong()).isEqualTo(2);
    }
  }

  @Nested class OnSqlite extends Against {
    @RegisterExtension final MochiTest mochi = Consoles.sqlite(Library.open(), PORT);

    @Override MochiTest mochi() { return mochi; }
  }

  @Nested class OnPostgres extends Against {
    @RegisterExtension final MochiTest mochi = Consoles.postgres(Library.open(), PORT);

    @Override MochiTest mochi() { return mochi; }
  }

  @AfterAll static void dropSchemas() {
    Consoles.dropSchemas();
  }
}
