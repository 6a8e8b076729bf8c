package dev.mochi.console.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.Filter;
import dev.mochi.api.resource.ActionHandler;
import dev.mochi.api.resource.ActionRequest;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.Grant;
import dev.mochi.api.resource.Resources;
import dev.mochi.testkit.MochiTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every built-in action, every association action, a plugin's action, a defined resource and middleware order, called
 * over real HTTP and the socket by logged-in users, with the rows in the database checked after each write.
 */
class ActionsTest extends Guarded {
  static final List<String> TRAIL = Collections.synchronizedList(new ArrayList<>());

  /** A plugin's action on posts, a defined resource, and middleware at each level. */
  static final class Extras implements Plugin<Void> {
    @Override public String name() { return "extras"; }

    @Override public void apply(Context ctx, Void config) {
      Resources r = ctx.resources();
      r.registerActionHandler("post:publish", c -> {
        Object id = c.action().params().get("filterByTk");
        c.resources().call(Caller.SYSTEM, ActionRequest.of("post", "update", Map.of("filterByTk", id, "values", Map.of("published", true))));
        return Map.of("published", id, "by", c.caller().userId());
      });
      r.grant(Grant.allow("post", "publish").authority(1));
      r.define("app", Map.of("getInfo", ActionHandler.reading(c -> Map.of("name", "mochi", "caller", c.caller().userId())),
          "restart", c -> "restarting"));
      r.grant(Grant.allow("app", "getInfo").authority(0));
      r.use((c, next) -> step("global " + c.action().resourceName() + ":" + c.action().actionName(), next));
      r.use("post", (c, next) -> step("resource post", next));
      r.use("post:count", (c, next) -> {
        TRAIL.add("action post:count");
        c.action().params().put("filter", Map.of("published", true));
        return next.proceed();
      });
    }

    private static Object step(String name, dev.mochi.api.resource.ActionMiddleware.Next next) throws Exception {
      TRAIL.add(name);
      Object out = next.proceed();
      TRAIL.add("after " + name);
      return out;
    }
  }

  @RegisterExtension final MochiTest mochi = Consoles.sqlite(Library.guarded(), PORT).plugin(new Extras(), null);

  @Override MochiTest mochi() { return mochi; }

  @BeforeEach void clearTrail() {
    TRAIL.clear();
  }

  Map<String, Object> row(String table, long id) {
    return db().get(table, Filter.eq("id", id)).getFirst().asMap();
  }

  @Test void createGetUpdateDestroyAndCountOverHttp() {
    Wire.Answer made = ann.post("post:create", Map.of("values", Map.of("title", "new", "score", 7)));
    assertThat(made.status()).as(made.body().toString()).isEqualTo(200);
    long id = made.data().get("id").asLong();
    assertThat(made.data().get("createdById").asLong()).isEqualTo(seed.users().get("ann"));
    assertThat(row("post", id)).containsEntry("title", "new").containsEntry("score", 7);

    Wire.Answer got = ann.get("post:get/" + id, Map.of());
    assertThat(got.data().get("title").asText()).isEqualTo("new");
    assertThat(got.data().has("body")).as("body is not readable for authority 1").isFalse();
    assertThat(olga.get("post:get/" + id, Map.of("fields", "title,body")).data().get("body").asText()).isEmpty();

    Wire.Answer changed = ann.post("post:update/" + id, Map.of("values", Map.of("score", 8)));
    assertThat(changed.data().get("score").asInt()).isEqualTo(8);
    assertThat(row("post", id)).containsEntry("score", 8);

    assertThat(ann.get("post:list", Map.of("filter", Map.of("score", Map.of("$gte", 5)))).body().at("/meta/count").asLong())
        .as("alpha, charlie, golf and the new one").isEqualTo(4);
    assertThat(olga.post("post:count", Map.of()).data().asLong()).as("count (its middleware counts published posts)").isEqualTo(7);

    Wire.Answer gone = ann.post("post:destroy/" + id, Map.of());
    assertThat(gone.data().asInt()).isEqualTo(1);
    assertThat(db().count("post", Filter.eq("id", id))).isZero();
    assertThat(ann.get("post:get/" + id, Map.of()).code()).isEqualTo("not_found");
    assertThat(ann.get("post:get/" + id, Map.of()).status()).isEqualTo(404);
  }

  @Test void firstOrCreateAndUpdateOrCreateOverTheSocket() {
    try (Wire.Socket s = ann.socket()) {
      JsonNode made = s.call("post:firstOrCreate", Map.of("filterKeys", List.of("title"), "values", Map.of("title", "once", "score", 1)));
      assertThat(made.at("/meta/created").asBoolean()).as(made.toString()).isTrue();
      JsonNode found = s.call("post:firstOrCreate", Map.of("filterKeys", "title", "values", Map.of("title", "once", "score", 9)));
      assertThat(found.at("/meta/created").asBoolean()).isFalse();
      assertThat(found.at("/data/score").asInt()).isEqualTo(1);
      JsonNode updated = s.call("post:updateOrCreate", Map.of("filterKeys", "title", "values", Map.of("title", "once", "score", 9)));
      assertThat(updated.at("/meta/created").asBoolean()).isFalse();
      assertThat(updated.at("/data/score").asInt()).isEqualTo(9);
      JsonNode fresh = s.call("post:updateOrCreate", Map.of("filterKeys", "title", "values", Map.of("title", "twice", "score", 2)));
      assertThat(fresh.at("/meta/created").asBoolean()).isTrue();
    }
    assertThat(db().count("post", Filter.eq("title", "once"))).isEqualTo(1);
    assertThat(db().get("post", Filter.eq("title", "once")).getFirst().get("score")).isEqualTo(9);
    assertThat(db().count("post", Filter.eq("title", "twice"))).isEqualTo(1);
  }

  @Test void getIsForReadsOnly() {
    Wire.Answer a = ann.get("post:destroy/" + post("alpha"), Map.of());
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.code()).isEqualTo("request_invalid");
    assertThat(a.body().at("/error/detail/reason").asText()).isEqualTo("method_not_allowed");
    assertThat(olga.get("post:create", Map.of("values", Map.of("title", "x"))).status()).isEqualTo(400);
    assertThat(count("post")).isEqualTo(12);
  }

  List<String> labels(Wire who, String post) {
    List<String> out = new ArrayList<>();
    who.get("post/" + post(post) + "/tags:list", Map.of("sort", "label")).data().forEach(t -> out.add(t.get("label").asText()));
    return out;
  }

  @Test void belongsToManyAssociationActions() {
    long java = seed.tags().get("java");
    long sql = seed.tags().get("sql");
    long misc = seed.tags().get("misc");
    String route = "post/" + post("hotel") + "/tags:";
    assertThat(labels(ann, "hotel")).isEmpty();
    assertThat(ann.post(route + "add", Map.of("filterByTk", List.of(java, sql))).status()).isEqualTo(200);
    assertThat(labels(ann, "hotel")).containsExactly("java", "sql");
    ann.post(route + "remove/" + sql, Map.of());
    assertThat(labels(ann, "hotel")).containsExactly("java");
    ann.post(route + "set", Map.of("filterByTk", List.of(sql, misc)));
    assertThat(labels(ann, "hotel")).containsExactly("misc", "sql");
    ann.post(route + "toggle", Map.of("filterByTk", List.of(misc, java)));
    assertThat(labels(ann, "hotel")).containsExactly("java", "sql");
    assertThat(ann.get(route + "count", Map.of()).data().asLong()).isEqualTo(2);
    assertThat(ann.get(route + "get/" + sql, Map.of()).data().get("label").asText()).isEqualTo("sql");
    assertThat(ann.get(route + "get/" + misc, Map.of()).code()).isEqualTo("not_found");
    assertThat(bob.post(route + "add", Map.of("filterByTk", misc)).code()).as("linking needs update on ann's post").isEqualTo("forbidden");

    Wire.Answer made = olga.post(route + "create", Map.of("values", Map.of("label", "fresh")));
    long id = made.data().get("id").asLong();
    assertThat(labels(ann, "hotel")).containsExactly("fresh", "java", "sql");
    olga.post(route + "update/" + id, Map.of("values", Map.of("color", "red")));
    assertThat(row("tag", id)).containsEntry("color", "red");
    olga.post(route + "destroy/" + id, Map.of());
    assertThat(db().count("tag", Filter.eq("id", id))).isZero();
    assertThat(labels(ann, "hotel")).containsExactly("java", "sql");
  }

  @Test void hasManyAssociationActions() {
    String route = "post/" + post("alpha") + "/comments:";
    assertThat(ann.get(route + "list", Map.of("sort", "-stars")).data()).extracting(c -> c.get("body").asText())
        .containsExactly("nice", "meh");
    Wire.Answer made = olga.post(route + "create", Map.of("values", Map.of("body", "third", "stars", 1)));
    long id = made.data().get("id").asLong();
    assertThat(row("comment", id)).containsEntry("postId", post("alpha"));
    assertThat(olga.get(route + "count", Map.of()).data().asLong()).isEqualTo(3);
    olga.post("post/" + post("bravo") + "/comments:add/" + id, Map.of());
    assertThat(row("comment", id)).containsEntry("postId", post("bravo"));
    olga.post("post/" + post("bravo") + "/comments:remove/" + id, Map.of());
    assertThat(row("comment", id).get("postId")).isNull();
    olga.post(route + "set", Map.of("filterByTk", List.of(id)));
    assertThat(olga.get(route + "list", Map.of()).data()).extracting(c -> c.get("body").asText()).containsExactly("third");
    olga.post(route + "destroy/" + id, Map.of());
    assertThat(db().count("comment", Filter.eq("id", id))).isZero();
    assertThat(ann.get("post/999999/comments:list", Map.of()).code()).as("the source must exist and be readable").isEqualTo("not_found");
  }

  @Test void aPluginsActionAndADefinedResource() {
    Wire.Answer published = ann.post("post:publish/" + post("bravo"), Map.of());
    assertThat(published.status()).as(published.body().toString()).isEqualTo(200);
    assertThat(published.data().get("by").asLong()).isEqualTo(seed.users().get("ann"));
    assertThat(row("post", post("bravo"))).containsEntry("published", true);
    assertThat(anonymous.post("post:publish/" + post("golf"), Map.of()).code()).isEqualTo("not_authenticated");
    assertThat(ann.get("post:publish/" + post("golf"), Map.of()).status()).as("GET refuses an action that writes").isEqualTo(400);
    assertThat(row("post", post("golf"))).containsEntry("published", false);

    Wire.Answer viaGet = anonymous.get("app:getInfo", Map.of());
    assertThat(viaGet.status()).isEqualTo(200);
    assertThat(viaGet.data().get("name").asText()).isEqualTo("mochi");
    assertThat(ann.post("app:getInfo", Map.of()).data().get("caller").asLong()).isEqualTo(seed.users().get("ann"));
    assertThat(ann.post("app:restart", Map.of()).code()).isEqualTo("forbidden");
    assertThat(olga.post("app:restart", Map.of()).data().asText()).isEqualTo("restarting");
    assertThat(olga.post("app:nothing", Map.of()).status()).isEqualTo(404);
  }

  @Test void middlewareRunsGlobalThenResourceThenActionAndMayChangeParameters() {
    Wire.Answer a = ann.get("post:count", Map.of());
    assertThat(a.data().asLong()).as("the action's middleware keeps the count to published posts").isEqualTo(7);
    assertThat(TRAIL).containsExactly("global post:count", "resource post", "action post:count", "after resource post",
        "after global post:count");
    TRAIL.clear();
    try (Wire.Socket s = ann.socket()) {
      assertThat(s.call("tag:list", Map.of()).get("ok").asBoolean()).isTrue();
    }
    assertThat(TRAIL).containsExactly("global tag:list", "after global tag:list");
  }
}
