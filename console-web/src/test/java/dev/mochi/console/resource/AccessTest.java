package dev.mochi.console.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.console.Console;
import dev.mochi.api.data.Filter;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Grants as logged-in users meet them over HTTP and the socket: authority, scopes, readable and writable fields, keys
 * required; and pushes of changed records, which reach only connections that could get the record, with only the
 * fields they may read.
 */
class AccessTest extends Guarded {
  @RegisterExtension final MochiTest mochi = Consoles.sqlite(Library.guarded(), PORT);

  @Override MochiTest mochi() { return mochi; }

  @Test void anAuthorityBelowTheGrantIsForbiddenAndAnonymousCallersAreAskedToLogIn() {
    Wire.Answer low = ann.get("binding:list", Map.of());
    assertThat(low.status()).isEqualTo(403);
    assertThat(low.code()).isEqualTo("forbidden");
    Wire.Answer nobody = anonymous.get("post:list", Map.of());
    assertThat(nobody.status()).isEqualTo(401);
    assertThat(nobody.code()).isEqualTo("not_authenticated");
    assertThat(olga.get("binding:list", Map.of()).status()).as("the owner may").isEqualTo(200);
    try (Wire.Socket s = ann.socket()) {
      assertThat(s.call("channel:list", Map.of()).at("/error/code").asText()).isEqualTo("forbidden");
    }
  }

  @Test void resourcesListNamesTheTablesEachCallerMayListWithTheFieldsTheyMayRead() {
    JsonNode owner = olga.get("resources.list", Map.of()).data();
    List<String> ownerTables = names(owner);
    assertThat(ownerTables).contains("user", "binding", "channel", "post")
        .doesNotContain("console_login", "console_token").isSorted();
    JsonNode low = ann.post("resources.list", Map.of()).data();
    assertThat(names(low)).contains("user", "post").doesNotContain("binding", "channel", "console_login");
    JsonNode post = table(low, "post");
    assertThat(post.get("fields")).extracting(JsonNode::asText).contains("id", "title").doesNotContain("body");
    assertThat(table(owner, "post").get("fields")).extracting(JsonNode::asText).contains("id", "title", "body");
    assertThat(names(anonymous.get("resources.list", Map.of()).data())).doesNotContain("post", "user", "binding");
  }

  private static List<String> names(JsonNode tables) {
    List<String> out = new java.util.ArrayList<>();
    tables.forEach(t -> out.add(t.get("name").asText()));
    return out;
  }

  private static JsonNode table(JsonNode tables, String name) {
    for (JsonNode t : tables) if (t.get("name").asText().equals(name)) return t;
    throw new AssertionError("no " + name + " in " + tables);
  }

  @Test void aScopeHidesOtherUsersRows() {
    JsonNode me = ann.get("user:list", Map.of()).data();
    assertThat(me).hasSize(1);
    assertThat(me.get(0).get("name").asText()).isEqualTo("ann");
    assertThat(ann.get("user:get/" + seed.users().get("bob"), Map.of()).code()).isEqualTo("not_found");
    Wire.Answer theirs = ann.post("post:update/" + post("golf"), Map.of("values", Map.of("score", 0)));
    assertThat(theirs.code()).as(theirs.body().toString()).isIn("not_found", "forbidden");
    assertThat(db().get("post", Filter.eq("id", post("golf"))).getFirst().get("score")).isEqualTo(5);
    assertThat(ann.post("post:update/" + post("alpha"), Map.of("values", Map.of("score", 0))).status()).isEqualTo(200);
  }

  @Test void aForbiddenFieldAskedForIsStripped() {
    JsonNode rows = ann.get("post:list", Map.of("fields", "title,body", "pageSize", 3)).data();
    assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(ListTableTest.fieldNames(r)).containsExactly("id", "title"));
    JsonNode owner = olga.get("post:list", Map.of("fields", "title,body", "pageSize", 1)).data();
    assertThat(ListTableTest.fieldNames(owner.get(0))).containsExactly("id", "title", "body");
    assertThat(ann.get("post:list", Map.of("filter", Map.of("body", "body of alpha"))).code())
        .as("nor may a filter name it").isEqualTo("forbidden");
  }

  @Test void writingANonWritableFieldIsRefusedAndServerFieldsAreSetByTheServer() {
    Wire.Answer refused = ann.post("post:create", Map.of("values", Map.of("title", "sneaky", "published", true)));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("forbidden");
    assertThat(db().count("post", Filter.eq("title", "sneaky"))).isZero();
    Wire.Answer made = ann.post("post:create", Map.of("values", Map.of("title", "mine", "id", 4242,
        "createdById", seed.users().get("bob"), "createdAt", "2001-01-01T00:00:00Z")));
    assertThat(made.status()).isEqualTo(200);
    var row = db().get("post", Filter.eq("title", "mine")).getFirst();
    assertThat(row.get("createdById")).isEqualTo(seed.users().get("ann"));
    assertThat(row.get("id")).isNotEqualTo(4242L);
    assertThat(row.get("createdAt").toString()).doesNotStartWith("2001");
  }

  @Test void updateAndDestroyWithoutAKeyAreRefused() {
    for (String action : List.of("post:destroy", "post:update")) {
      Wire.Answer a = olga.post(action, Map.of("values", Map.of("score", 1)));
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.code()).isEqualTo("request_invalid");
      assertThat(a.body().at("/error/detail/reason").asText()).isEqualTo("key_required");
      assertThat(olga.post(action, Map.of("filter", Map.of())).body().at("/error/detail/reason").asText()).isEqualTo("key_required");
    }
    assertThat(count("post")).isEqualTo(12);
    assertThat(db().count("post", Filter.eq("score", 1))).isEqualTo(2);
  }

  static Predicate<JsonNode> event(String service, String event) {
    return m -> "event".equals(m.path("type").asText()) && service.equals(m.path("service").asText())
        && event.equals(m.path("event").asText());
  }

  @Test void aChangedRecordIsPushedOnlyToConnectionsThatCouldGetItWithOnlyReadableFields() {
    try (Wire.Socket a = ann.socket(); Wire.Socket b = bob.socket(); Wire.Socket o = olga.socket(); Wire.Socket nobody = anonymous.socket()) {
      // only the body changes: nobody but the owner may read it
      olga.post("post:update/" + post("alpha"), Map.of("values", Map.of("body", "rewritten")));
      JsonNode owners = o.next(event("post", "updated"));
      assertThat(owners.at("/data/record/body").asText()).isEqualTo("rewritten");
      assertThat(owners.at("/data/fields")).extracting(JsonNode::asText).containsExactly("body", "updatedAt");

      // the score changes: ann and bob may read it, without the body; anonymous may not get posts
      olga.post("post:update/" + post("alpha"), Map.of("values", Map.of("score", 9)));
      for (Wire.Socket user : List.of(a, b)) {
        JsonNode e = user.next(event("post", "updated"));
        assertThat(e.at("/data/key/id").asLong()).isEqualTo(post("alpha"));
        assertThat(e.at("/data/record/score").asInt()).isEqualTo(9);
        assertThat(e.at("/data/record").has("body")).isFalse();
      }
      assertThat(o.next(event("post", "updated")).at("/data/record/body").asText()).isEqualTo("rewritten");

      // a user row: only its own user (and the owner) may get it
      olga.post("user:update/" + seed.users().get("bob"), Map.of("values", Map.of("name", "robert")));
      JsonNode bobs = b.next(event("user", "updated"));
      assertThat(bobs.at("/data/record/name").asText()).isEqualTo("robert");
      o.next(event("user", "updated"));

      // tags are public, but by default events go to logged-in connections only
      olga.post("tag:create", Map.of("values", Map.of("label", "news")));
      assertThat(a.next(event("tag", "created")).at("/data/record/label").asText()).isEqualTo("news");

      assertThat(a.all(event("post", "updated"), Duration.ofMillis(300))).as("ann never saw the body-only change").isEmpty();
      assertThat(b.all(event("post", "updated"), Duration.ofMillis(10))).isEmpty();
      assertThat(a.all(event("user", "updated"), Duration.ofMillis(10))).as("ann may not get bob's user row").isEmpty();
      assertThat(nobody.all(m -> "event".equals(m.path("type").asText()), Duration.ofMillis(10)))
          .as("the app's publisher chose the authenticated channel").isEmpty();
    }
  }

  @Test void aPublisherMayOfferEventsToMoreConnectionsButEachStillGetsOnlyWhatItCouldGet() {
    mochi.app().root().inject(Console.class, console -> {
      console.publishService("post", (data, e) -> console.channel("anonymous", "authenticated"));
      console.publishService("tag", (data, e) -> console.channel("anonymous", "authenticated"));
    });
    try (Wire.Socket a = ann.socket(); Wire.Socket nobody = anonymous.socket()) {
      olga.post("post:update/" + post("alpha"), Map.of("values", Map.of("score", 9)));
      assertThat(a.next(event("post", "updated")).at("/data/record/score").asInt()).isEqualTo(9);
      olga.post("tag:create", Map.of("values", Map.of("label", "news")));
      assertThat(nobody.next(event("tag", "created")).at("/data/record/label").asText()).as("tags are public").isEqualTo("news");
      assertThat(nobody.all(event("post", "updated"), Duration.ofMillis(300))).as("anonymous may not get posts").isEmpty();
    }
  }

  @Test void aDestroyedRecordIsPushedAsItWas() {
    try (Wire.Socket a = ann.socket()) {
      assertThat(ann.post("post:destroy/" + post("hotel"), Map.of()).status()).isEqualTo(200);
      JsonNode e = a.next(event("post", "destroyed"));
      assertThat(e.at("/data/record/title").asText()).isEqualTo("hotel");
      assertThat(e.at("/data/record").has("body")).isFalse();
    }
  }
}
