package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Relation;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.data.TableOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Relations declared with the model: defaults, fields and join tables they add, what deleting does, and errors. */
class ModelRelationsTest {
  @TempDir Path dir;
  DataEngine engine;

  @BeforeEach void open() {
    engine = TestDatabases.sqlite(dir);
    RelationFixture.declare(engine.model);
    RelationFixture.fill(engine.database);
  }

  @AfterEach void close() {
    engine.close();
  }

  @Test void tablesListsEveryTableWithItsRelationsFilledIn() {
    assertThat(engine.model.tables()).extracting(TableInfo::name)
        .containsExactly("binding", "channel", "comment", "person", "post", "post_tags", "profile", "tag", "team", "user");
    TableInfo post = engine.model.table("post").orElseThrow();
    assertThat(post.relations().get("author"))
        .isEqualTo(new Relation("author", Relation.Type.BELONGS_TO, "person", "authorId", "", "id", "", ""));
    assertThat(post.relations().get("comments"))
        .isEqualTo(new Relation("comments", Relation.Type.HAS_MANY, "comment", "postId", "id", "", "", ""));
    assertThat(post.relations().get("tags"))
        .isEqualTo(new Relation("tags", Relation.Type.BELONGS_TO_MANY, "tag", "postId", "id", "id", "post_tags", "tagId"));
    assertThat(post.fields()).containsKeys("id", "title", "score", "authorId");
    assertThat(engine.model.table("post_tags").orElseThrow().primary()).containsExactly("postId", "tagId");
  }

  @Test void aRelationToATableDeclaredLaterAddsItsForeignKeyWhenTheTableAppears() {
    assertThat(engine.model.fields("profile")).hasValueSatisfying(f -> assertThat(f).containsKey("personId"));
    assertThat(engine.migratorColumns("profile")).contains("personId");
    engine.model.extend("club", Map.of("name", FieldType.string()), TableOptions.none().hasMany("members", "member"));
    assertThat(engine.model.table("member")).isEmpty();
    engine.model.extend("member", Map.of("nick", FieldType.string()));
    assertThat(engine.model.fields("member")).hasValueSatisfying(f -> assertThat(f).containsKey("clubId"));
    assertThat(engine.migratorColumns("member")).contains("clubId");
  }

  @Test void deletingARowClearsForeignKeysPointingAtItAndItsJoinRows() {
    long hello = engine.database.get("post", Filter.eq("title", "Hello")).getFirst().get("id", Long.class);
    assertThat(engine.database.count("post_tags", Filter.eq("postId", hello))).isEqualTo(2);
    assertThat(engine.database.remove("post", Filter.eq("id", hello))).isEqualTo(1);
    assertThat(engine.database.count("post_tags", Filter.eq("postId", hello))).isZero();
    assertThat(engine.database.count("comment", Filter.eq("postId", hello))).isZero();
    assertThat(engine.database.count("comment", Filter.ALL)).as("comments stay, without their post").isEqualTo(4);
    assertThat(engine.database.count("comment", Filter.eq("postId", null))).isEqualTo(2);

    long bob = engine.database.get("person", Filter.eq("name", "bob")).getFirst().get("id", Long.class);
    engine.database.remove("person", Filter.eq("id", bob));
    assertThat(engine.database.get("post", Filter.eq("title", "World")).getFirst().get("authorId")).isNull();
    assertThat(engine.database.count("post", Filter.eq("author", null))).isEqualTo(2);
  }

  @Test void managedFieldsAreAddedAndListed() {
    engine.model.extend("note", Map.of("text", FieldType.string()), TableOptions.none().timestamps().createdBy());
    TableInfo note = engine.model.table("note").orElseThrow();
    assertThat(note.fields()).containsKeys("createdAt", "updatedAt", "createdById");
    assertThat(note.managed()).containsExactlyInAnyOrder("id", "createdAt", "updatedAt", "createdById");
    assertThat(note.relations().get("createdBy").target()).isEqualTo("user");
    assertThat(engine.model.table("user").orElseThrow().managed()).containsExactlyInAnyOrder("id", "createdAt");
  }

  @Test void redeclaringTheSameRelationIsFineAndAConflictingOneIsRefused() {
    engine.model.extend("post", Map.of(), TableOptions.none().belongsTo("author", "person"));
    assertThatThrownBy(() -> engine.model.extend("post", Map.of(), TableOptions.none().belongsTo("author", "team")))
        .isInstanceOf(DataException.class).hasMessageContaining("Relation 'author' of table 'post' is already declared");
  }

  @Test void badRelationsAreRefusedNamingTheProblem() {
    assertThatThrownBy(() -> engine.model.extend("post", Map.of(), TableOptions.none().belongsTo("title", "person")))
        .isInstanceOf(DataException.class).hasMessageContaining("has the name of one of its fields");
    engine.model.extend("code", Map.of("key", FieldType.string()), TableOptions.primary("key"));
    assertThatThrownBy(() -> engine.model.extend("ticket", Map.of("codeId", FieldType.integer()),
        TableOptions.none().belongsTo("code", "code")))
        .isInstanceOf(DataException.class).hasMessageContaining("the two fields must have the same type");
    assertThat(engine.model.table("ticket")).as("a refused declaration leaves no table").isEmpty();
    assertThatThrownBy(() -> engine.model.extend("post", Map.of(), TableOptions.none().belongsTo("bad name", "person")))
        .isInstanceOf(DataException.class).hasMessageContaining("is not valid");
  }
}
