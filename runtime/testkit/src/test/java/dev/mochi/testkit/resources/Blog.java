package dev.mochi.testkit.resources;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.TableOptions;
import dev.mochi.api.resource.Grant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A blog for resource tests: posts (with authors, tags and comments), grants for ordinary users (authority 1) that
 * keep writes to their own posts and hide the body, and public tags.
 */
final class Blog implements Plugin<Void> {
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
    var r = ctx.resources();
    r.grant(Grant.allow("post", "list", "get", "count").authority(1)
        .readable("title", "score", "published", "createdById", "createdAt").appends("tags", "comments", "createdBy"));
    r.grant(Grant.allow("post", "create").authority(1).writable("title", "body", "score"));
    r.grant(Grant.allow("post", "update", "destroy").authority(1).scope("{\"createdById\": \"${user.id}\"}")
        .writable("title", "body", "score"));
    r.grant(Grant.allow("post", "firstOrCreate", "updateOrCreate").authority(1).scope("{\"createdById\": \"${user.id}\"}")
        .writable("title", "body", "score"));
    r.grant(Grant.allow("tag", "list", "get", "count").authority(0));
    r.grant(Grant.allow("comment", "list", "get", "count").authority(1));
    r.grant(Grant.allow("user", "list", "get").authority(1).scope("{\"id\": \"${user.id}\"}").readable("name", "authority"));
  }
}
