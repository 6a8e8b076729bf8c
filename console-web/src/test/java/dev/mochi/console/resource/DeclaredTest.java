package dev.mochi.console.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import dev.mochi.testkit.MochiTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * JianghuJS-style declared resources as the console serves them: the owner writes {@code _resource} rows over HTTP,
 * and two users call them as packages (ann over HTTP with her token in the header, bob on his socket), each getting
 * the rows the definition gives them: a fixed condition, a service method, hooks before and after, a per-user override.
 */
class DeclaredTest extends Guarded {
  /** The methods the definitions name, and the access-control table of the override. */
  static final class Services implements Plugin<Void> {
    @Override public String name() { return "library-services"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.model().extend("_feed_access", Map.of("userId", FieldType.bigint(), "resourceData", FieldType.json(Map.class)));
      ctx.resources().service("library", Map.of(
          "mine", call -> ctx.database().get("post", Filter.eq("createdById", call.caller().userId()), "title").stream()
              .map(r -> r.get("title")).sorted().toList(),
          "onlyMine", call -> {
            call.where(Filter.eq("createdById", call.caller().userId()));
            return null;
          },
          "total", call -> {
            call.result().put("total", ((List<?>) call.result().get("rows")).size());
            return null;
          }));
    }
  }

  @RegisterExtension final MochiTest mochi = Consoles.sqlite(Library.guarded(), PORT).plugin(new Services(), null);

  @Override MochiTest mochi() { return mochi; }

  void declare(String actionId, String type, Map<String, ?> data, Map<String, ?> hook, String acl) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("pageId", "library");
    v.put("actionId", actionId);
    v.put("resourceType", type);
    v.put("resourceData", data);
    v.put("resourceHook", hook);
    v.put("accessControlTable", acl);
    Wire.Answer a = olga.post("_resource:create", Map.of("values", v));
    assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
  }

  /** ann's answer over HTTP and bob's on the socket. */
  record Both(JsonNode ann, JsonNode bob) {}

  Both run(String actionId, Map<String, ?> appData) {
    Wire.Answer a = ann.pkg("library", actionId, appData);
    assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
    try (Wire.Socket s = bob.socket()) {
      JsonNode b = s.pkg("library", actionId, appData);
      assertThat(b.path("status").asText()).as(b.toString()).isEqualTo("success");
      return new Both(a.body().at("/appData/resultData"), b.at("/appData/resultData"));
    }
  }

  static List<String> titles(JsonNode result) {
    return ListTableTest.titles(ListTableTest.list(result.get("rows")));
  }

  @Test void aSqlResourceWithAFixedConditionAndeachUsersConditions() {
    declare("published", "sql", Map.of("table", "post", "operation", "select", "where", Map.of("published", true),
        "fieldList", List.of("id", "title", "score")), Map.of(), "");
    Both all = run("published", Map.of("orderBy", List.of(Map.of("column", "score", "order", "desc"))));
    assertThat(titles(all.ann())).containsExactly("alpha", "charlie", "india", "echo", "hotel", "kilo 'quoted' \"x\"", "delta");
    assertThat(all.bob()).isEqualTo(all.ann());
    Both narrowed = run("published", Map.of("whereLike", Map.of("title", "a"), "whereOptions", List.of(List.of("score", ">=", 4)),
        "limit", 2, "offset", 0, "orderBy", List.of(Map.of("column", "id"))));
    assertThat(titles(narrowed.ann())).containsExactly("alpha", "charlie");
    assertThat(narrowed.ann().get("count").asLong()).as("alpha, charlie, india").isEqualTo(3);
    assertThat(ListTableTest.fieldNames(narrowed.ann().get("rows").get(0))).containsExactly("id", "title", "score");
    assertThat(titles(run("published", Map.of("where", Map.of("score", 3))).bob())).as("bravo and juliet are drafts")
        .containsExactly("echo");
  }

  @Test void aFixedConditionWithTheCallersIdGivesEachUserTheirOwn() {
    declare("mine", "sql", Map.of("table", "post", "operation", "select", "where", Map.of("createdById", "${user.id}")), Map.of(), "");
    Both both = run("mine", Map.of("orderBy", List.of(Map.of("column", "title"))));
    assertThat(titles(both.ann())).containsExactly("alpha", "bravo", "foxtrot", "hotel", "kilo 'quoted' \"x\"");
    assertThat(titles(both.bob())).containsExactly("charlie", "delta", "golf", "juliet");
  }

  @Test void aServiceResource() {
    declare("mineByService", "service", Map.of("service", "library", "serviceFunction", "mine"), Map.of(), "");
    Both both = run("mineByService", Map.of());
    assertThat(both.ann().get("rows")).extracting(JsonNode::asText)
        .containsExactly("alpha", "bravo", "foxtrot", "hotel", "kilo 'quoted' \"x\"");
    assertThat(both.bob().get("rows")).extracting(JsonNode::asText).containsExactly("charlie", "delta", "golf", "juliet");
  }

  @Test void beforeAndAfterHooks() {
    declare("hooked", "sql", Map.of("table", "post", "operation", "select"), Map.of(
        "before", List.of(Map.of("service", "library", "serviceFunction", "onlyMine")),
        "after", List.of(Map.of("service", "library", "serviceFunction", "total"))), "");
    Both both = run("hooked", Map.of("orderBy", List.of(Map.of("column", "id"))));
    assertThat(titles(both.ann())).containsExactly("alpha", "bravo", "foxtrot", "hotel", "kilo 'quoted' \"x\"");
    assertThat(both.ann().get("total").asInt()).isEqualTo(5);
    assertThat(titles(both.bob())).containsExactly("charlie", "delta", "golf", "juliet");
    assertThat(both.bob().get("total").asInt()).isEqualTo(4);
  }

  @Test void aPerUserOverrideReplacesTheDefinitionForThatUser() {
    declare("feed", "sql", Map.of("table", "post", "operation", "select", "where", Map.of("published", true)), Map.of(), "_feed_access");
    db().create("_feed_access", Map.of("userId", seed.users().get("bob"), "resourceData", Map.of("where", Map.of("published", false))));
    Both both = run("feed", Map.of("orderBy", List.of(Map.of("column", "id"))));
    assertThat(titles(both.ann())).containsExactly("alpha", "charlie", "delta", "echo", "hotel", "india", "kilo 'quoted' \"x\"");
    assertThat(titles(both.bob())).containsExactly("bravo", "foxtrot", "golf", "juliet", "lima_100%");
  }

  @Test void aDeclaredResourceAboveTheCallersAuthorityIsForbiddenAndUnknownOnesFallToListeners() {
    declare("admin", "sql", Map.of("table", "post", "operation", "select"), Map.of(), "");
    olga.post("_resource:update", Map.of("filter", Map.of("actionId", "admin"), "values", Map.of("authority", 4)));
    Wire.Answer refused = ann.pkg("library", "admin", Map.of());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().at("/appData/errorCode").asText()).isEqualTo("forbidden");
    assertThat(refused.body().path("status").asText()).isEqualTo("fail");
    assertThat(olga.pkg("library", "admin", Map.of()).status()).isEqualTo(200);
    Wire.Answer none = ann.pkg("library", "nothing", Map.of());
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.body().at("/appData/errorCode").asText()).isEqualTo("not_found");
    assertThat(ann.post("_resource:create", Map.of("values", Map.of("pageId", "x", "actionId", "y"))).code())
        .as("only the owner edits _resource").isEqualTo("forbidden");
  }
}
