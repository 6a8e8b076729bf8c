package dev.mochi.console.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.data.Filter;
import dev.mochi.testkit.MochiTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input over HTTP — malformed filters, unknown fields and operators, injection attempts in field names, operators,
 * sort, fields and whereOptions, values that do not fit, bad parameters — each answered with its code and status, the
 * database untouched (row counts and {@code PRAGMA integrity_check} before and after); quotes and SQL in a value are
 * data, bound and matched literally.
 */
class BadInputTest extends Guarded {
  @RegisterExtension final MochiTest mochi = Consoles.sqlite(Library.guarded(), PORT);

  @Override MochiTest mochi() { return mochi; }

  /** A request that must be refused, and with what. */
  record Bad(String name, Wire.Answer answer, int status, String code) {}

  Map<String, Long> counts() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String t : List.of("post", "tag", "comment", "user", "post_tags", "_resource", "console_login")) out.put(t, count(t));
    return out;
  }

  String integrity() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + mochi.directory().resolve("mochi.db"));
         Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
      r.next();
      return r.getString(1);
    }
  }

  @Test void badInputIsAnsweredWithItsCodeAndTheDatabaseIsUntouched() throws Exception {
    Map<String, Long> before = counts();
    assertThat(integrity()).isEqualTo("ok");
    List<Bad> bad = List.of(
        new Bad("malformed filter JSON", olga.get("post:list", Map.of("filter", "{\"score\": ")), 400, "filter_invalid"),
        new Bad("a filter that is no object", olga.get("post:list", Map.of("filter", "[1, 2]")), 400, "filter_invalid"),
        new Bad("an unknown field", olga.get("post:list", Map.of("filter", Map.of("nope", 1))), 400, "filter_invalid"),
        new Bad("an unknown operator", olga.get("post:list", Map.of("filter", Map.of("score", Map.of("$evil", 1)))), 400, "filter_invalid"),
        new Bad("an operator not taken", olga.get("post:list", Map.of("filter", Map.of("title", Map.of("$regexp", ".*")))), 400, "filter_invalid"),
        new Bad("SQL in a field name", olga.get("post:list", Map.of("filter", Map.of("title; DROP TABLE post; --", 1))), 400, "filter_invalid"),
        new Bad("SQL in a dotted path", olga.get("post:list", Map.of("filter", Map.of("createdBy.name) OR (1=1", "x"))), 400, "filter_invalid"),
        new Bad("SQL in an operator", olga.get("post:list", Map.of("filter", Map.of("score", Map.of("$gt) OR 1=1 --", 1)))), 400, "filter_invalid"),
        new Bad("SQL in sort", olga.get("post:list", Map.of("sort", "title; DROP TABLE post")), 400, "request_invalid"),
        new Bad("an unknown sort field", olga.get("post:list", Map.of("sort", "-nope")), 400, "request_invalid"),
        new Bad("SQL in fields", olga.get("post:list", Map.of("fields", "id,(select password from user)")), 400, "request_invalid"),
        new Bad("SQL in appends", olga.get("post:list", Map.of("appends", "tags;drop table tag")), 400, "request_invalid"),
        new Bad("SQL in whereOptions' operator", olga.pkg("", "post:list", Map.of("whereOptions",
            List.of(List.of("title", "= 1 OR 1=1 --", "x")))), 400, "filter_invalid"),
        new Bad("SQL in whereOptions' field", olga.pkg("", "post:list", Map.of("whereOptions",
            List.of(List.of("title; DROP TABLE post", "=", "x")))), 400, "filter_invalid"),
        new Bad("a text where a number goes", olga.get("post:list", Map.of("filter", Map.of("score", "high"))), 400, "filter_invalid"),
        new Bad("a misfit value written", olga.post("post:create", Map.of("values", Map.of("title", "x", "score", "high"))), 400, "request_invalid"),
        new Bad("an unknown field written", olga.post("post:create", Map.of("values", Map.of("title", "x", "nope", 1))), 400, "request_invalid"),
        new Bad("a unique key taken", olga.post("post:create", Map.of("values", Map.of("title", "alpha"))), 409, "conflict"),
        new Bad("a negative page", olga.get("post:list", Map.of("page", "-1")), 400, "request_invalid"),
        new Bad("a page size that is no number", olga.get("post:list", Map.of("pageSize", "lots")), 400, "request_invalid"),
        new Bad("args that are no object", olga.postRaw("/api/post:list", "{\"args\": [1, 2]}"), 400, "request_invalid"),
        new Bad("a body that is no JSON", olga.postRaw("/api/post:create", "{\"args\": {\"values\": "), 400, "request_invalid"),
        new Bad("an unknown resource", olga.get("nope:list", Map.of()), 404, "not_found"),
        new Bad("an unknown action", olga.post("post:explode", Map.of()), 404, "not_found"),
        new Bad("a malformed route", olga.get("post:list:again", Map.of()), 404, "not_found"),
        new Bad("destroy without a key", olga.post("post:destroy", Map.of()), 400, "request_invalid"),
        new Bad("update with an empty filter", olga.post("post:update", Map.of("filter", Map.of(), "values", Map.of("score", 0))), 400, "request_invalid"),
        new Bad("a key of the wrong kind", olga.post("post:update/abc", Map.of("values", Map.of("score", 0))), 400, "request_invalid"));
    for (Bad b : bad) {
      assertThat(b.answer().status()).as(b.name() + ": " + b.answer().body()).isEqualTo(b.status());
      assertThat(b.answer().body().has("ok") ? b.answer().code() : b.answer().body().at("/appData/errorCode").asText())
          .as(b.name()).isEqualTo(b.code());
    }
    assertThat(counts()).isEqualTo(before);
    assertThat(integrity()).isEqualTo("ok");
    assertThat(olga.get("post:list", Map.of("pageSize", 50)).data()).hasSize(12);
    assertThat(db().get("post", Filter.eq("title", "alpha")).getFirst().get("score")).isEqualTo(5);
  }

  @Test void quotesAndSqlInAValueAreDataMatchedLiterally() throws Exception {
    String title = "Robert'); DROP TABLE post; -- \"and\" %_\\";
    Wire.Answer made = ann.post("post:create", Map.of("values", Map.of("title", title)));
    assertThat(made.status()).as(made.body().toString()).isEqualTo(200);
    JsonNode found = ann.get("post:list", Map.of("filter", Map.of("title", title))).data();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("title").asText()).isEqualTo(title);
    assertThat(ann.get("post:list", Map.of("filter", Map.of("title", Map.of("$includes", "'); DROP")))).data()).hasSize(1);
    assertThat(ann.get("post:list", Map.of("filter", Map.of("title", Map.of("$includes", "%_\\")))).data()).hasSize(1);
    assertThat(ann.get("post:list", Map.of("filter", Map.of("title", "Robert'"))).data()).isEmpty();
    assertThat(count("post")).isEqualTo(13);
    assertThat(integrity()).isEqualTo("ok");
  }
}
