package dev.mochi.console.resource;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.TableOptions;
import dev.mochi.api.resource.ActionRequest;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.Grant;
import dev.mochi.api.resource.Resources;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small library for the transport tests: posts (by a user, with tags and comments), tags and comments. Ordinary
 * users (authority 1) list posts without their body and change only their own; tags are public. {@link #open()} makes
 * a variant that anyone may read whole (the list table needs no login).
 */
final class Library implements Plugin<Void> {
  private final boolean open;

  private Library(boolean open) {
    this.open = open;
  }

  static Library guarded() { return new Library(false); }

  static Library open() { return new Library(true); }

  @Override public String name() { return "library"; }

  @Override public void apply(Context ctx, Void config) {
    Map<String, FieldType> post = new LinkedHashMap<>();
    post.put("title", FieldType.string(100));
    post.put("body", FieldType.string().withDefault(""));
    post.put("score", FieldType.integer().withDefault("0"));
    post.put("published", FieldType.bool().withDefault("false"));
    ctx.model().extend("post", post, TableOptions.primary("id").autoIncrement().unique("title").timestamps().createdBy()
        .hasMany("comments", "comment").belongsToMany("tags", "tag"));
    ctx.model().extend("tag", Map.of("label", FieldType.string(), "color", FieldType.string().withDefault("")),
        TableOptions.primary("id").autoIncrement().unique("label"));
    ctx.model().extend("comment", Map.of("body", FieldType.string(), "stars", FieldType.integer().withDefault("0")),
        TableOptions.none().belongsTo("post", "post"));
    Resources r = ctx.resources();
    if (open) {
      r.grant(Grant.allow("post", "list", "get", "count").authority(0).appends("tags", "comments", "createdBy"));
      r.grant(Grant.allow("user", "list", "get").authority(0).readable("name"));
      r.grant(Grant.allow("comment", "list", "get", "count").authority(0));
    } else {
      r.grant(Grant.allow("post", "list", "get", "count").authority(1)
          .readable("title", "score", "published", "createdById", "createdAt").appends("tags", "comments", "createdBy"));
      r.grant(Grant.allow("post", "create").authority(1).writable("title", "body", "score"));
      r.grant(Grant.allow("post", "update", "destroy", "firstOrCreate", "updateOrCreate").authority(1).scope("{\"createdById\": \"${user.id}\"}")
          .writable("title", "body", "score"));
      r.grant(Grant.allow("comment", "list", "get", "count").authority(1));
      r.grant(Grant.allow("user", "list", "get").authority(1).scope("{\"id\": \"${user.id}\"}").readable("name", "authority"));
    }
    r.grant(Grant.allow("tag", "list", "get", "count").authority(0));
  }

  /** The seed's users by name. */
  record Seed(Map<String, Long> users, Map<String, Long> posts, Map<String, Long> tags) {}

  /**
   * Twelve posts by ann, bob and olga, made at noon (UTC) of 1 to 12 March 2024 (scores with ties, published or not,
   * titles with quotes, {@code %} and {@code _}),
   * tags java, sql and misc, and four comments.
   */
  static Seed seed(Database db, Resources r) {
    Map<String, Long> users = new LinkedHashMap<>();
    for (Object[] u : new Object[][] {{"ann", 1}, {"bob", 1}, {"olga", 5}}) {
      users.put((String) u[0], db.create("user", Map.of("name", u[0], "authority", u[1])).get("id", Long.class));
    }
    Map<String, Long> posts = new LinkedHashMap<>();
    Object[][] rows = {
        {"alpha", 5, true, "ann"}, {"bravo", 3, false, "ann"}, {"charlie", 5, true, "bob"}, {"delta", 1, true, "bob"},
        {"echo", 3, true, "olga"}, {"foxtrot", 0, false, "ann"}, {"golf", 5, false, "bob"}, {"hotel", 2, true, "ann"},
        {"india", 4, true, "olga"}, {"juliet", 3, false, "bob"}, {"kilo 'quoted' \"x\"", 2, true, "ann"},
        {"lima_100%", 1, false, "olga"}};
    for (int i = 0; i < rows.length; i++) {
      Object[] p = rows[i];
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("title", p[0]);
      values.put("score", p[1]);
      values.put("published", p[2]);
      values.put("body", "body of " + p[0]);
      values.put("createdById", users.get((String) p[3]));
      values.put("createdAt", Instant.parse("2024-03-01T12:00:00Z").plus(Duration.ofDays(i)));
      posts.put((String) p[0], db.create("post", values).get("id", Long.class));
    }
    Map<String, Long> tags = new LinkedHashMap<>();
    for (String t : List.of("java", "sql", "misc")) tags.put(t, id(r, "tag", Map.of("label", t)));
    link(r, posts.get("alpha"), tags.get("java"), tags.get("sql"));
    link(r, posts.get("bravo"), tags.get("java"));
    link(r, posts.get("charlie"), tags.get("sql"));
    link(r, posts.get("echo"), tags.get("misc"));
    link(r, posts.get("golf"), tags.get("java"), tags.get("misc"));
    comment(r, posts.get("alpha"), "nice", 5);
    comment(r, posts.get("alpha"), "meh", 2);
    comment(r, posts.get("charlie"), "great", 4);
    comment(r, posts.get("hotel"), "ok", 3);
    return new Seed(users, posts, tags);
  }

  private static long id(Resources r, String table, Map<String, ?> values) {
    Object data = r.call(Caller.SYSTEM, ActionRequest.of(table, "create", Map.of("values", values))).data();
    return ((Number) ((Map<?, ?>) data).get("id")).longValue();
  }

  private static void link(Resources r, long post, Long... tags) {
    r.call(Caller.SYSTEM, ActionRequest.association("post", String.valueOf(post), "tags", "add", Map.of("filterByTk", List.of(tags))));
  }

  private static void comment(Resources r, long post, String body, int stars) {
    r.call(Caller.SYSTEM, ActionRequest.association("post", String.valueOf(post), "comments", "create",
        Map.of("values", Map.of("body", body, "stars", stars))));
  }
}
