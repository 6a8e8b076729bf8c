package dev.mochi.testkit.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Plugin;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.api.resource.Resources;
import dev.mochi.testkit.MochiTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * JianghuJS-style declared resources: rows of {@code _resource} (written through its resource by the owner) for a
 * sql resource with a fixed condition, a service resource, before and after hooks and a per-user override, each
 * proven by the rows two users get.
 */
class DeclaredResourcesTest extends ResourceTestBase {
  /** The services the definitions name, and the access-control table of the override. */
  static final class BlogServices implements Plugin<Void> {
    @Override public void apply(dev.mochi.api.Context ctx, Void config) {
      ctx.model().extend("_feed_access", Map.of("userId", FieldType.bigint(), "resourceData", FieldType.json(Map.class)));
      ctx.resources().service("blog", Map.of(
          "mine", call -> Map.of("rows", ctx.database().get("post", Filter.eq("createdById", call.caller().userId()), "title")
              .stream().map(r -> r.get("title")).toList()),
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

  @RegisterExtension static final MochiTest mochi = MochiTest.withPlugin(new Blog());

  Caller ann;
  Caller bob;
  Caller owner;

  @Override Resources resources() { return mochi.app().resources().scoped(null); }

  @Override Database db() { return mochi.app().data().records().database(); }

  @BeforeEach void seed() {
    mochi.app().plugin(new BlogServices(), (Void) null);
    ann = user("ann", 1);
    bob = user("bob", 1);
    owner = user("olga", 5);
    post(ann, "ann public", 3, true);
    post(ann, "ann draft", 1, false);
    post(bob, "bob public", 5, true);
    post(bob, "bob draft", 2, false);
    post(bob, "bob's \"quoted\" 'one'", 4, true);
  }

  void declare(String actionId, String type, Map<String, ?> data, Map<String, ?> hook, String acl) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("pageId", "blog");
    v.put("actionId", actionId);
    v.put("resourceType", type);
    v.put("resourceData", data);
    v.put("resourceHook", hook);
    v.put("accessControlTable", acl);
    call(owner, "_resource", "create", "values", v);
  }

  Map<String, Object> run(Caller c, String actionId, Object... appData) {
    Map<String, Object> app = params(appData);
    app.put("pageId", "blog");
    app.put("actionId", actionId);
    return resources().callDeclared(c, app);
  }

  @SuppressWarnings("unchecked")
  static List<Object> titles(Map<String, Object> result) {
    return ((List<Map<String, Object>>) result.get("rows")).stream().map(r -> r.get("title")).toList();
  }

  @Test void aSqlResourceWithAFixedConditionAndTheCallersConditions() {
    declare("published", "sql", Map.of("table", "post", "operation", "select", "where", Map.of("published", true),
        "fieldList", List.of("id", "title", "score")), Map.of(), "");
    assertThat(titles(run(ann, "published", "orderBy", List.of(Map.of("column", "score", "order", "desc")))))
        .containsExactly("bob public", "bob's \"quoted\" 'one'", "ann public");
    assertThat(titles(run(bob, "published", "whereOptions", List.of(List.of("score", ">", 3)), "orderBy",
        List.of(Map.of("column", "title"))))).containsExactly("bob public", "bob's \"quoted\" 'one'");
    Map<String, Object> page = run(ann, "published", "limit", 1, "offset", 1, "orderBy", List.of(Map.of("column", "id")));
    assertThat(titles(page)).containsExactly("bob public");
    assertThat(page).containsEntry("count", 3L);
    assertThat(titles(run(ann, "published", "where", Map.of("score", 1)))).as("ann's draft: the fixed condition still holds").isEmpty();
    refused(ResourceException.FORBIDDEN, () -> run(ann, "published", "where", Map.of("published", false)))
        .hasMessageContaining("does not expose field 'published'");
    assertThat(titles(run(ann, "published", "where", Map.of("title", "bob's \"quoted\" 'one'")))).hasSize(1);
    assertThat(titles(run(ann, "published", "whereLike", Map.of("title", "' OR '1'='1")))).isEmpty();
    @SuppressWarnings("unchecked") Map<String, Object> one = ((List<Map<String, Object>>) run(ann, "published").get("rows")).getFirst();
    assertThat(one).containsOnlyKeys("id", "title", "score");
  }

  @Test void variablesInTheFixedConditionAreTheCallers() {
    declare("mine", "sql", Map.of("table", "post", "operation", "select", "where", Map.of("createdById", "${user.id}")), Map.of(), "");
    assertThat(titles(run(ann, "mine", "orderBy", List.of(Map.of("column", "title"))))).containsExactly("ann draft", "ann public");
    assertThat(titles(run(bob, "mine"))).containsExactlyInAnyOrder("bob public", "bob draft", "bob's \"quoted\" 'one'");
  }

  @Test void aServiceResource() {
    declare("mineByService", "service", Map.of("service", "blog", "serviceFunction", "mine"), Map.of(), "");
    assertThat(run(ann, "mineByService").get("rows")).isEqualTo(List.of("ann public", "ann draft"));
    assertThat(run(bob, "mineByService").get("rows")).asList().hasSize(3);
  }

  @Test void beforeAndAfterHooks() {
    declare("hooked", "sql", Map.of("table", "post", "operation", "select"), Map.of(
        "before", List.of(Map.of("service", "blog", "serviceFunction", "onlyMine")),
        "after", List.of(Map.of("service", "blog", "serviceFunction", "total"))), "");
    Map<String, Object> a = run(ann, "hooked");
    assertThat(titles(a)).containsExactlyInAnyOrder("ann public", "ann draft");
    assertThat(a).containsEntry("total", 2);
    assertThat(run(bob, "hooked")).containsEntry("total", 3);
  }

  @Test void aPerUserOverrideReplacesTheConditionsForThatUser() {
    declare("feed", "sql", Map.of("table", "post", "operation", "select", "where", Map.of("published", true)), Map.of(), "_feed_access");
    db().create("_feed_access", Map.of("userId", bob.userId(), "resourceData", Map.of("where", Map.of("published", false))));
    assertThat(titles(run(ann, "feed"))).containsExactlyInAnyOrder("ann public", "bob public", "bob's \"quoted\" 'one'");
    assertThat(titles(run(bob, "feed"))).containsExactlyInAnyOrder("ann draft", "bob draft");
  }

  @Test void writesThroughSqlResourcesKeepToTheFixedCondition() {
    declare("write", "sql", Map.of("table", "post", "operation", "insert"), Map.of(), "");
    declare("rescore", "sql", Map.of("table", "post", "operation", "update", "where", Map.of("createdById", "${user.id}")), Map.of(), "");
    declare("drop", "sql", Map.of("table", "post", "operation", "delete", "where", Map.of("createdById", "${user.id}")), Map.of(), "");
    run(ann, "write", "actionData", Map.of("title", "ann new", "score", 9, "id", 555, "createdById", bob.userId()));
    var made = db().get("post", Filter.eq("title", "ann new")).getFirst();
    assertThat(made.get("createdById")).isEqualTo(ann.userId());
    assertThat(made.get("id")).isNotEqualTo(555L);
    assertThat(run(bob, "rescore", "actionData", Map.of("score", 0), "where", Map.of("title", "ann new"))).containsEntry("rows", 0);
    assertThat(run(ann, "rescore", "actionData", Map.of("score", 0), "where", Map.of("title", "ann new"))).containsEntry("rows", 1);
    assertThat(run(bob, "drop", "where", Map.of("title", "ann new"))).containsEntry("rows", 0);
    assertThat(run(ann, "drop", "whereIn", Map.of("title", List.of("ann new", "bob public")))).containsEntry("rows", 1);
    assertThat(count("post")).isEqualTo(5);
  }

  @Test void definitionsAreDataAndBadOnesAreRefused() {
    refused(ResourceException.RESOURCE_INVALID, () -> declare("raw", "sql",
        Map.of("table", "post", "operation", "select", "rawSql", "select * from user"), Map.of(), "")).hasMessageContaining("rawSql");
    refused(ResourceException.RESOURCE_INVALID, () -> declare("knex", "sql",
        Map.of("table", "post", "operation", "select", "whereKnex", ".whereRaw('1=1')"), Map.of(), ""));
    refused(ResourceException.RESOURCE_INVALID, () -> declare("op", "sql", Map.of("table", "post", "operation", "jhDelete"), Map.of(), ""));
    refused(ResourceException.RESOURCE_INVALID, () -> declare("table", "sql", Map.of("table", "nope", "operation", "select"), Map.of(), ""));
    refused(ResourceException.RESOURCE_INVALID, () -> declare("where", "sql",
        Map.of("table", "post", "operation", "select", "where", Map.of("nope", 1)), Map.of(), ""));
    refused(ResourceException.RESOURCE_INVALID, () -> declare("var", "sql",
        Map.of("table", "post", "operation", "select", "where", Map.of("title", "x${user.id}")), Map.of(), ""));
    refused(ResourceException.RESOURCE_INVALID, () -> declare("type", "eval", Map.of(), Map.of(), ""));
    assertThat(count("_resource")).isZero();
    refused(ResourceException.RESOURCE_UNKNOWN, () -> run(ann, "nothing"));
  }

  @Test void callersAreCheckedAndBadConditionsAnsweredWithTheirCodes() {
    declare("published", "sql", Map.of("table", "post", "operation", "select", "where", Map.of("published", true),
        "fieldList", List.of("id", "title", "score")), Map.of(), "");
    call(owner, "_resource", "update", "filter", Map.of("actionId", "published"), "values", Map.of("authority", 2));
    refused(ResourceException.FORBIDDEN, () -> run(ann, "published"));
    Caller editor = Caller.of(ann.userId(), 2);
    refused(ResourceException.FILTER_INVALID, () -> run(editor, "published", "whereOptions", List.of(List.of("title", "= 1 OR 1=1 --", "x"))));
    refused(ResourceException.FILTER_INVALID, () -> run(editor, "published", "whereOptions", List.of(List.of("title; DROP TABLE post", "=", "x"))));
    refused(ResourceException.FORBIDDEN, () -> run(editor, "published", "where", Map.of("body", "secret")));
    refused(ResourceException.FIELD_UNKNOWN, () -> run(editor, "published", "orderBy", List.of(Map.of("column", "body"))));
    refused(ResourceException.PARAM_INVALID, () -> run(editor, "published", "orderBy", List.of(Map.of("column", "id", "order", "sideways"))));
    refused(ResourceException.FILTER_INVALID, () -> run(editor, "published", "where", Map.of("score", "high")));
    assertThat(titles(run(editor, "published", "limit", 1_000_000_000))).hasSize(3);
    assertThat(count("post")).isEqualTo(5);
  }
}
