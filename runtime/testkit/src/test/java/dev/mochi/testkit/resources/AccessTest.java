package dev.mochi.testkit.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.Database;
import dev.mochi.api.data.Filter;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.Grant;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.api.resource.Resources;
import dev.mochi.testkit.MochiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Grants decide who may do what to which records, seeing and writing which fields. */
class AccessTest extends ResourceTestBase {
  @RegisterExtension static final MochiTest mochi = MochiTest.withPlugin(new Blog());

  Caller ann;
  Caller bob;
  Caller owner;
  long annsPost;
  long bobsPost;

  @Override Resources resources() { return mochi.app().resources().scoped(null); }

  @Override Database db() { return mochi.app().data().records().database(); }

  @BeforeEach void seed() {
    ann = user("ann", 1);
    bob = user("bob", 1);
    owner = user("olga", 5);
    annsPost = post(ann, "ann's", 1, true);
    bobsPost = post(bob, "bob's", 2, false);
  }

  @Test void anAuthorityBelowTheGrantIsForbidden() {
    Caller blocked = Caller.of(ann.userId(), 0);
    refused(ResourceException.FORBIDDEN, () -> get(blocked, "post", "list"));
    refused(ResourceException.FORBIDDEN, () -> get(Caller.anonymous(), "comment", "list"));
    assertThat(rows(get(Caller.anonymous(), "tag", "list"))).isEmpty();
    refused(ResourceException.FORBIDDEN, () -> get(ann, "_resource", "list"));
    assertThat(rows(get(owner, "_resource", "list"))).isEmpty();
  }

  @Test void aScopeHidesOtherUsersRowsFromWrites() {
    refused(ResourceException.FORBIDDEN, () -> call(ann, "post", "update", "filterByTk", bobsPost, "values", Map.of("score", 9)))
        .hasMessageContaining("may read record");
    refused(ResourceException.FORBIDDEN, () -> call(ann, "post", "destroy", "filterByTk", bobsPost));
    assertThat(call(ann, "post", "destroy", "filter", "{\"score\": {\"$gte\": 0}}").data()).as("only her own").isEqualTo(1);
    assertThat(db().count("post", Filter.eq("id", bobsPost))).isEqualTo(1);
    assertThat(rows(get(ann, "user", "list"))).extracting(r -> r.get("id")).containsExactly(ann.userId());
    refused(ResourceException.NOT_FOUND, () -> get(ann, "user", "get", "filterByTk", bob.userId()));
  }

  @Test void aForbiddenFieldAskedForIsStrippedAndCannotBeFilteredOrSortedOn() {
    Map<String, Object> r = record(get(ann, "post", "get", "filterByTk", annsPost, "fields", "title,body"));
    assertThat(r).containsOnlyKeys("id", "title");
    refused(ResourceException.FORBIDDEN, () -> get(ann, "post", "list", "filter", "{\"body\": {\"$like\": \"secret%\"}}"));
    refused(ResourceException.FORBIDDEN, () -> get(ann, "post", "list", "sort", "-body"));
    refused(ResourceException.FORBIDDEN, () -> get(ann, "post", "list", "filter", "{\"createdBy.createdAt\": null}"))
        .hasMessageContaining("'createdAt' of 'user'");
    assertThat(rows(get(ann, "post", "list", "filter", "{\"createdBy.name\": \"ann\"}"))).extracting(x -> x.get("id"))
        .containsExactly(annsPost);
    assertThat(rows(get(ann, "post", "list", "filter", "{\"createdBy.name\": \"bob\"}")))
        .as("bob's user row is not one ann may list, so a filter through it finds nothing").isEmpty();
    assertThat(rows(get(ann, "post", "list", "filter", "{\"createdBy\": null}"))).extracting(x -> x.get("id"))
        .as("without a creator she may see").containsExactly(bobsPost);
  }

  @Test void writingANonWritableFieldIsRefusedAndServerFieldsAreIgnored() {
    refused(ResourceException.FORBIDDEN, () -> call(ann, "post", "update", "filterByTk", annsPost, "values", Map.of("published", true)))
        .hasMessageContaining("'published'");
    assertThat(db().get("post", Filter.eq("id", annsPost)).getFirst().get("published")).isEqualTo(true);
    Map<String, Object> r = record(call(ann, "post", "update", "filterByTk", annsPost, "values",
        Map.of("score", 7, "createdById", bob.userId(), "id", 999)));
    assertThat(r).containsEntry("score", 7).containsEntry("createdById", ann.userId()).containsEntry("id", annsPost);
    refused(ResourceException.FIELD_UNKNOWN, () -> call(ann, "post", "create", "values", Map.of("title", "x", "nope", 1)));
    refused(ResourceException.VALUE_INVALID, () -> call(ann, "post", "create", "values", Map.of("title", "x", "score", "many")));
    refused(ResourceException.VALUE_INVALID, () -> call(ann, "post", "create", "values", Map.of("title", "x".repeat(101))));
    refused(ResourceException.CONFLICT, () -> call(ann, "post", "create", "values", Map.of("title", "bob's")));
    assertThat(count("post")).isEqualTo(2);
  }

  @Test void destroyWithoutAKeyIsRefused() {
    refused(ResourceException.KEY_REQUIRED, () -> call(owner, "post", "destroy"));
    refused(ResourceException.KEY_REQUIRED, () -> call(owner, "post", "destroy", "filter", Map.of()));
    assertThat(count("post")).isEqualTo(2);
  }

  @Test void denyWinsOverEveryAllow() {
    var deny = resources().grant(Grant.deny("tag", "list").authority(4));
    refused(ResourceException.FORBIDDEN, () -> get(ann, "tag", "list"));
    refused(ResourceException.FORBIDDEN, () -> get(Caller.of(ann.userId(), 4), "tag", "list"));
    assertThat(rows(get(owner, "tag", "list"))).isEmpty();
    deny.dispose();
    assertThat(rows(get(ann, "tag", "list"))).isEmpty();
  }

  @Test void theHighestApplicableGrantIsUsed() {
    var editors = resources().grant(Grant.allow("post", "list").authority(3).readable("title", "body"));
    Caller editor = Caller.of(ann.userId(), 3);
    assertThat(rows(get(editor, "post", "list", "sort", "id")).getFirst()).containsOnlyKeys("id", "title", "body");
    assertThat(rows(get(ann, "post", "list", "sort", "id")).getFirst()).doesNotContainKey("body");
    editors.dispose();
    assertThat(rows(get(editor, "post", "list", "sort", "id")).getFirst()).doesNotContainKey("body");
  }

  @Test void aScopedCreateRefusesRecordsOutsideTheScope() {
    var g = resources().grant(Grant.allow("comment", "create").authority(1).scope("{\"stars\": {\"$lte\": 5}}").writable("body", "stars"));
    assertThat(record(call(ann, "comment", "create", "values", Map.of("body", "ok", "stars", 5)))).containsEntry("stars", 5);
    refused(ResourceException.FORBIDDEN, () -> call(ann, "comment", "create", "values", Map.of("body", "no", "stars", 6)));
    assertThat(db().get("comment", Filter.ALL)).extracting(x -> x.get("body")).containsExactly("ok");
    g.dispose();
  }

  @Test void appendsNeedTheGrantAndShowOnlyWhatTheTargetGrantAllows() {
    Map<String, Object> r = record(get(ann, "post", "get", "filterByTk", annsPost, "appends", "createdBy"));
    assertThat(nested(r, "createdBy")).containsOnlyKeys("id", "name", "authority");
    Map<String, Object> other = record(get(ann, "post", "get", "filterByTk", bobsPost, "appends", "createdBy"));
    assertThat(other.get("createdBy")).as("bob's user row is outside ann's user scope").isNull();
    refused(ResourceException.FORBIDDEN, () -> get(ann, "comment", "list", "appends", "post"));
    List<Map<String, Object>> all = rows(get(owner, "post", "list", "appends", List.of("createdBy"), "sort", "id"));
    assertThat(all).extracting(x -> nested(x, "createdBy").get("name")).containsExactly("ann", "bob");
  }
}
