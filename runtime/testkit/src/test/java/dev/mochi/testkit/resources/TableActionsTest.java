package dev.mochi.testkit.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.Database;
import dev.mochi.api.data.Filter;
import dev.mochi.api.resource.ActionResult;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.api.resource.Resources;
import dev.mochi.testkit.MochiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every built-in action of a table resource, called on the engine, as the owner and as an ordinary user. */
class TableActionsTest extends ResourceTestBase {
  @RegisterExtension static final MochiTest mochi = MochiTest.withPlugin(new Blog());

  Caller ann;
  Caller owner;

  @Override Resources resources() { return mochi.app().resources().scoped(null); }

  @Override Database db() { return mochi.app().data().records().database(); }

  @BeforeEach void seed() {
    ann = user("ann", 1);
    owner = user("olga", 5);
    for (int i = 1; i <= 45; i++) post(ann, "post " + String.format("%02d", i), i % 5, i % 2 == 0);
  }

  @Test void listPagesWithMetaAndTheKeyAsTieBreaker() {
    ActionResult first = get(ann, "post", "list", "sort", "-score", "pageSize", "10");
    assertThat(first.meta()).containsEntry("count", 45L).containsEntry("page", 1).containsEntry("pageSize", 10)
        .containsEntry("totalPage", 5L);
    assertThat(column(first, "score")).containsExactly(4, 4, 4, 4, 4, 4, 4, 4, 4, 3);
    assertThat(column(first, "title")).containsExactly("post 04", "post 09", "post 14", "post 19", "post 24", "post 29",
        "post 34", "post 39", "post 44", "post 03");
    ActionResult last = get(ann, "post", "list", "sort", "-score", "pageSize", "10", "page", "5");
    assertThat(rows(last)).hasSize(5);
    assertThat(rows(get(ann, "post", "list", "page", "6", "pageSize", "10"))).isEmpty();
    assertThat(rows(get(ann, "post", "list"))).as("default page size").hasSize(20);
  }

  @Test void aHugePageSizeIsClampedToTheCapAndMetaSaysSo() {
    ActionResult r = get(owner, "post", "list", "pageSize", "1000000000");
    assertThat(r.meta()).containsEntry("pageSize", 200);
    assertThat(rows(r)).hasSize(45);
    for (int i = 46; i <= 260; i++) post(ann, "more " + i, 0, false);
    ActionResult big = get(owner, "post", "list", "pageSize", 1_000_000_000, "paginate", "false");
    assertThat(rows(big)).hasSize(200);
    assertThat(big.meta()).containsEntry("pageSize", 200);
  }

  @Test void fieldsExceptAndReadableFieldsShapeRecords() {
    Map<String, Object> r = rows(get(ann, "post", "list", "fields", "title,body", "pageSize", "1")).getFirst();
    assertThat(r).as("body is not readable for authority 1: stripped, the key kept").containsOnlyKeys("id", "title");
    Map<String, Object> o = rows(get(owner, "post", "list", "fields", List.of("title", "body"), "pageSize", 1)).getFirst();
    assertThat(o).containsOnlyKeys("id", "title", "body");
    Map<String, Object> e = rows(get(ann, "post", "list", "except", "createdAt,createdById", "pageSize", "1")).getFirst();
    assertThat(e).containsOnlyKeys("id", "title", "score", "published");
  }

  @Test void getCountAndFilter() {
    long id = db().get("post", Filter.eq("title", "post 07")).getFirst().get("id", Long.class);
    assertThat(record(get(ann, "post", "get", "filterByTk", String.valueOf(id)))).containsEntry("title", "post 07");
    assertThat(get(ann, "post", "count", "filter", "{\"published\": true}").data()).isEqualTo(22L);
    assertThat(get(ann, "post", "count", "filter", Map.of("score", Map.of("$gte", 3))).data()).isEqualTo(18L);
    refused(ResourceException.NOT_FOUND, () -> get(ann, "post", "get", "filterByTk", "999999"));
  }

  @Test void createSetsServerFieldsAndIgnoresTheClientsValuesForThem() {
    Map<String, Object> made = record(call(ann, "post", "create", "values",
        Map.of("title", "mine", "score", 3, "id", 777, "createdById", owner.userId(), "createdAt", "2001-01-01T00:00:00Z")));
    assertThat(made.get("id")).isNotEqualTo(777L);
    assertThat(made).containsEntry("createdById", ann.userId()).containsEntry("title", "mine");
    var row = db().get("post", Filter.eq("title", "mine")).getFirst();
    assertThat(row.get("createdAt")).isNotEqualTo(java.time.Instant.parse("2001-01-01T00:00:00Z")).isNotNull();
    assertThat(row.get("updatedAt")).isNotNull();
  }

  @Test void updateAndDestroyNeedAKeyOrAFilter() {
    refused(ResourceException.KEY_REQUIRED, () -> call(ann, "post", "update", "values", Map.of("score", 1)));
    refused(ResourceException.KEY_REQUIRED, () -> call(ann, "post", "destroy"));
    refused(ResourceException.KEY_REQUIRED, () -> call(owner, "post", "destroy", "filter", "{}"));
    assertThat(count("post")).isEqualTo(45);
  }

  @Test void updateByKeyAndByFilterAndDestroy() {
    long id = db().get("post", Filter.eq("title", "post 01")).getFirst().get("id", Long.class);
    Map<String, Object> r = record(call(ann, "post", "update", "filterByTk", id, "values", Map.of("score", 42)));
    assertThat(r).containsEntry("score", 42);
    List<Map<String, Object>> many = rows(call(ann, "post", "update", "filter", "{\"score\": 0}", "values", Map.of("body", "zero")));
    assertThat(many).hasSize(9);
    assertThat(db().count("post", Filter.eq("body", "zero"))).isEqualTo(9);
    assertThat(call(ann, "post", "destroy", "filterByTk", id).data()).isEqualTo(1);
    assertThat(call(ann, "post", "destroy", "filter", Map.of("score", 1)).data()).as("post 01 now has 42").isEqualTo(8);
    assertThat(count("post")).isEqualTo(36);
  }

  @Test void firstOrCreateAndUpdateOrCreateFindOrMakeOneRecord() {
    ActionResult made = call(ann, "post", "firstOrCreate", "filterKeys", List.of("title"), "values", Map.of("title", "fresh", "score", 1));
    assertThat(made.meta()).containsEntry("created", true);
    ActionResult found = call(ann, "post", "firstOrCreate", "filterKeys", "title", "values", Map.of("title", "fresh", "score", 9));
    assertThat(found.meta()).containsEntry("created", false);
    assertThat(record(found)).containsEntry("score", 1);
    ActionResult upd = call(ann, "post", "updateOrCreate", "filterKeys", "title", "values", Map.of("title", "fresh", "score", 9));
    assertThat(upd.meta()).containsEntry("created", false);
    assertThat(record(upd)).containsEntry("score", 9);
    assertThat(db().count("post", Filter.eq("title", "fresh"))).isEqualTo(1);
    refused(ResourceException.PARAM_INVALID, () -> call(ann, "post", "firstOrCreate", "filterKeys", "score", "values", Map.of("score", 1)));
  }

  @Test void concurrentFirstOrCreateMakesOneRecord() throws Exception {
    try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      List<java.util.concurrent.Future<ActionResult>> all = new java.util.ArrayList<>();
      for (int i = 0; i < 20; i++) {
        all.add(pool.submit(() -> call(ann, "post", "firstOrCreate", "filterKeys", "title", "values", Map.of("title", "race"))));
      }
      long created = 0;
      for (var f : all) if (Boolean.TRUE.equals(f.get().meta().get("created"))) created++;
      assertThat(created).isEqualTo(1);
    }
    assertThat(db().count("post", Filter.eq("title", "race"))).isEqualTo(1);
  }

  @Test void getIsOnlyForReadingActions() {
    refused(ResourceException.METHOD_NOT_ALLOWED, () -> get(owner, "post", "destroy", "filterByTk", "1"));
    refused(ResourceException.METHOD_NOT_ALLOWED, () -> get(owner, "post", "create", "values", Map.of("title", "x")));
    assertThat(count("post")).isEqualTo(45);
    assertThat(resources().reads("post", "list")).isTrue();
    assertThat(resources().reads("post", "update")).isFalse();
  }

  @Test void builtInTablesAreResources() {
    assertThat(resources().names()).contains("user", "binding", "channel", "post", "tag", "comment", "_resource");
    List<Map<String, Object>> me = rows(get(ann, "user", "list"));
    assertThat(me).as("the scope keeps a user to their own row").hasSize(1);
    assertThat(me.getFirst()).containsOnlyKeys("id", "name", "authority").containsEntry("name", "ann");
    refused(ResourceException.FORBIDDEN, () -> get(ann, "binding", "list"));
    assertThat(rows(get(owner, "channel", "list"))).isEmpty();
  }
}
