package dev.mochi.core.data;

import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Relation;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.TableOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Teams, people, profiles, posts, comments and tags, related in every way the model knows, with rows whose
 * relations are read into nested maps for the in-memory evaluator. Person declares {@code posts} before the post
 * table exists, so the foreign key is added when post appears.
 */
final class RelationFixture {
  private RelationFixture() {}

  static void declare(dev.mochi.api.data.Model model) {
    model.extend("team", Map.of("name", FieldType.string()));
    model.extend("person", Map.of("name", FieldType.string()), TableOptions.primary("id").autoIncrement()
        .belongsTo("team", "team").hasOne("profile", "profile").hasMany("posts", "post", "authorId"));
    model.extend("profile", Map.of("bio", FieldType.string()));
    Map<String, FieldType> post = new LinkedHashMap<>();
    post.put("title", FieldType.string());
    post.put("score", FieldType.integer());
    model.extend("post", post, TableOptions.primary("id").autoIncrement()
        .belongsTo("author", "person").hasMany("comments", "comment").belongsToMany("tags", "tag", "post_tags", "postId", "tagId"));
    model.extend("comment", Map.of("body", FieldType.string(), "stars", FieldType.integer()),
        TableOptions.none().belongsTo("post", "post"));
    model.extend("tag", Map.of("label", FieldType.string(), "color", FieldType.string()),
        TableOptions.none().relation(new Relation("posts", Relation.Type.BELONGS_TO_MANY, "post", "tagId", "", "", "post_tags", "postId")));
  }

  static void fill(dev.mochi.api.data.Database db) {
    long red = id(db.create("team", Map.of("name", "red")));
    long blue = id(db.create("team", Map.of("name", "blue")));
    long ann = id(db.create("person", Map.of("name", "ann", "teamId", red)));
    long bob = id(db.create("person", Map.of("name", "bob", "teamId", blue)));
    long cid = id(db.create("person", Map.of("name", "cid")));
    db.create("profile", Map.of("bio", "likes 'quotes' and \"more\"", "personId", ann));
    db.create("profile", Map.of("bio", "", "personId", cid));
    long java = id(db.create("tag", Map.of("label", "java", "color", "red")));
    long sql = id(db.create("tag", Map.of("label", "sql", "color", "blue")));
    long misc = id(db.create("tag", Map.of("label", "misc", "color", "red")));
    long hello = post(db, "Hello", 5, ann);
    long world = post(db, "World", 10, bob);
    post(db, "Draft", null, null);
    long again = post(db, "Again", 1, cid);
    link(db, hello, java, sql);
    link(db, world, java);
    link(db, again, sql, misc);
    comment(db, hello, "nice", 5);
    comment(db, hello, "meh", 2);
    comment(db, world, "great", 4);
    comment(db, again, "nice", 1);
  }

  private static long post(dev.mochi.api.data.Database db, String title, Integer score, Long author) {
    Map<String, Object> v = new HashMap<>();
    v.put("title", title);
    v.put("score", score);
    v.put("authorId", author);
    return id(db.create("post", v));
  }

  private static void link(dev.mochi.api.data.Database db, long post, long... tags) {
    for (long t : tags) db.create("post_tags", Map.of("postId", post, "tagId", t));
  }

  private static void comment(dev.mochi.api.data.Database db, long post, String body, int stars) {
    db.create("comment", Map.of("postId", post, "body", body, "stars", stars));
  }

  private static long id(Row r) {
    return r.get("id", Long.class);
  }

  /** Every post with its relations (and theirs, {@code depth} levels deep) as nested maps. */
  static List<Map<String, Object>> nestedPosts(DataEngine e, int depth) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r : e.database.get("post", Filter.ALL)) out.add(nest(e, "post", r.asMap(), depth));
    return out;
  }

  private static Map<String, Object> nest(DataEngine e, String table, Map<String, Object> row, int depth) {
    Map<String, Object> out = new LinkedHashMap<>(row);
    if (depth == 0) return out;
    TableDef t = e.schema.table(table);
    for (Relation r : t.relations().values()) {
      List<Map<String, Object>> related = new ArrayList<>();
      switch (r.type()) {
        case BELONGS_TO -> {
          Object fk = row.get(r.foreignKey());
          if (fk != null) e.database.get(r.target(), Filter.eq(r.targetKey(), fk)).forEach(x -> related.add(x.asMap()));
        }
        case HAS_ONE, HAS_MANY -> e.database.get(r.target(), Filter.eq(r.foreignKey(), row.get(r.sourceKey())))
            .forEach(x -> related.add(x.asMap()));
        case BELONGS_TO_MANY -> {
          for (Row link : e.database.get(r.through(), Filter.eq(r.foreignKey(), row.get(r.sourceKey())))) {
            e.database.get(r.target(), Filter.eq(r.targetKey(), link.get(r.otherKey()))).forEach(x -> related.add(x.asMap()));
          }
        }
      }
      List<Map<String, Object>> nested = new ArrayList<>();
      for (Map<String, Object> x : related) nested.add(nest(e, r.target(), x, depth - 1));
      out.put(r.name(), r.toOne() ? (nested.isEmpty() ? null : nested.getFirst()) : nested);
    }
    return out;
  }
}
