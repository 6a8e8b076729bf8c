package dev.mochi.testkit.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.Database;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Row;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.api.resource.Resources;
import dev.mochi.testkit.MochiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code post/<id>/tags:…}, {@code post/<id>/comments:…}, {@code comment/<id>/post:…}: each association action. */
class AssociationTest extends ResourceTestBase {
  @RegisterExtension static final MochiTest mochi = MochiTest.withPlugin(new Blog());

  Caller ann;
  Caller bob;
  Caller owner;
  long post;
  long java;
  long sql;
  long misc;

  @Override Resources resources() { return mochi.app().resources().scoped(null); }

  @Override Database db() { return mochi.app().data().records().database(); }

  @BeforeEach void seed() {
    ann = user("ann", 1);
    bob = user("bob", 1);
    owner = user("olga", 5);
    post = post(ann, "tagged", 1, true);
    java = db().create("tag", Map.of("label", "java")).get("id", Long.class);
    sql = db().create("tag", Map.of("label", "sql")).get("id", Long.class);
    misc = db().create("tag", Map.of("label", "misc")).get("id", Long.class);
  }

  List<Object> labels() {
    return column(resources().call(ann, dev.mochi.api.resource.ActionRequest.association("post", String.valueOf(post), "tags", "list",
        Map.of("sort", "label")).readOnly()), "label");
  }

  @Test void belongsToManyAddRemoveSetToggleListGetCount() {
    assoc(ann, "post", post, "tags", "add", "filterByTk", List.of(java, sql));
    assertThat(labels()).containsExactly("java", "sql");
    assoc(ann, "post", post, "tags", "add", "filterByTk", java);
    assertThat(db().count("post_tags", Filter.ALL)).as("adding twice links once").isEqualTo(2);
    assoc(ann, "post", post, "tags", "remove", "filterByTk", sql);
    assertThat(labels()).containsExactly("java");
    assoc(ann, "post", post, "tags", "set", "filterByTk", List.of(sql, misc));
    assertThat(labels()).containsExactly("misc", "sql");
    assoc(ann, "post", post, "tags", "toggle", "filterByTk", List.of(misc, java));
    assertThat(labels()).containsExactly("java", "sql");
    assertThat(assoc(ann, "post", post, "tags", "count").data()).isEqualTo(2L);
    assertThat(record(assoc(ann, "post", post, "tags", "get", "filterByTk", sql))).containsEntry("label", "sql");
    refused(ResourceException.NOT_FOUND, () -> assoc(ann, "post", post, "tags", "get", "filterByTk", misc));
    assertThat(count("tag")).isEqualTo(3);
  }

  @Test void belongsToManyCreateUpdateDestroyNeedTheTargetsGrants() {
    refused(ResourceException.FORBIDDEN, () -> assoc(ann, "post", post, "tags", "create", "values", Map.of("label", "new")));
    Map<String, Object> made = record(assoc(owner, "post", post, "tags", "create", "values", Map.of("label", "new")));
    assertThat(labels()).containsExactly("new");
    assoc(owner, "post", post, "tags", "update", "filterByTk", made.get("id"), "values", Map.of("color", "red"));
    assertThat(db().get("tag", Filter.eq("label", "new")).getFirst().get("color")).isEqualTo("red");
    refused(ResourceException.NOT_FOUND, () -> assoc(owner, "post", post, "tags", "update", "filterByTk", java,
        "values", Map.of("color", "blue")));
    assoc(owner, "post", post, "tags", "destroy", "filterByTk", made.get("id"));
    assertThat(db().count("tag", Filter.eq("label", "new"))).isZero();
    assertThat(db().count("post_tags", Filter.ALL)).isZero();
  }

  @Test void linkingNeedsUpdateOnTheSourceAndTheSourceMustBeReadable() {
    refused(ResourceException.FORBIDDEN, () -> assoc(bob, "post", post, "tags", "add", "filterByTk", java))
        .hasMessageContaining("not update");
    assertThat(db().count("post_tags", Filter.ALL)).isZero();
    refused(ResourceException.NOT_FOUND, () -> assoc(ann, "post", 999, "tags", "list"));
    refused(ResourceException.NOT_FOUND, () -> assoc(ann, "post", post, "tags", "add", "filterByTk", 12345));
    refused(ResourceException.FORBIDDEN, () -> assoc(Caller.anonymous(), "post", post, "tags", "list"));
    refused(ResourceException.RESOURCE_UNKNOWN, () -> assoc(ann, "post", post, "nope", "list"));
    refused(ResourceException.ACTION_UNKNOWN, () -> assoc(ann, "post", post, "tags", "publish"));
  }

  @Test void hasManyAddRemoveSetCreateListAndDestroy() {
    long c1 = db().create("comment", Map.of("body", "one")).get("id", Long.class);
    long c2 = db().create("comment", Map.of("body", "two")).get("id", Long.class);
    assoc(ann, "post", post, "comments", "add", "filterByTk", List.of(c1, c2));
    assertThat(column(assoc(ann, "post", post, "comments", "list", "sort", "body"), "body")).containsExactly("one", "two");
    assoc(ann, "post", post, "comments", "remove", "filterByTk", c1);
    assertThat(db().get("comment", Filter.eq("id", c1)).getFirst().get("postId")).isNull();
    assoc(ann, "post", post, "comments", "set", "filterByTk", List.of(c1));
    assertThat(column(assoc(ann, "post", post, "comments", "list"), "body")).containsExactly("one");
    assertThat(db().get("comment", Filter.eq("id", c2)).getFirst().get("postId")).isNull();
    Map<String, Object> made = record(assoc(owner, "post", post, "comments", "create", "values", Map.of("body", "three", "postId", 999)));
    assertThat(made).containsEntry("postId", post);
    assertThat(assoc(ann, "post", post, "comments", "count").data()).isEqualTo(2L);
    assoc(owner, "post", post, "comments", "destroy", "filterByTk", c1);
    assertThat(db().count("comment", Filter.ALL)).isEqualTo(2);
  }

  @Test void belongsToGetSetRemoveAndUpdate() {
    long c = db().create("comment", Map.of("body", "orphan")).get("id", Long.class);
    refused(ResourceException.NOT_FOUND, () -> assoc(ann, "comment", c, "post", "get"));
    assoc(owner, "comment", c, "post", "set", "filterByTk", post);
    assertThat(record(assoc(ann, "comment", c, "post", "get"))).containsEntry("title", "tagged");
    assoc(ann, "comment", c, "post", "update", "values", Map.of("score", 5));
    Row p = db().get("post", Filter.eq("id", post)).getFirst();
    assertThat(p.get("score")).isEqualTo(5);
    assoc(owner, "comment", c, "post", "remove");
    assertThat(db().get("comment", Filter.eq("id", c)).getFirst().get("postId")).isNull();
  }
}
