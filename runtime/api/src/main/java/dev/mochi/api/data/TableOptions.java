package dev.mochi.api.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Table settings for {@link Model#extend(String, Class, TableOptions)}: keys, indexes, relations and the fields
 * the server manages.
 *
 * <pre>{@code
 * TableOptions.primary("id").autoIncrement().unique("slug").index("createdAt")
 *     .belongsTo("author", "user")                 // post.authorId → user.id
 *     .hasMany("comments", "comment")              // comment.postId → post.id
 *     .belongsToMany("tags", "tag")                // join table post_tags (postId, tagId)
 *     .timestamps().createdBy();                   // createdAt, updatedAt, createdById set by the server
 * }</pre>
 *
 * @param primary the primary-key fields (empty: keep the table's, or {@code id} for a new table)
 * @param autoIncremented whether a single-field primary key is generated
 * @param unique unique keys
 * @param indexes indexes
 * @param relations relations to other tables (see {@link Relation} for the defaults of empty keys)
 * @param managed server-managed fields to add: {@code createdAt}, {@code updatedAt}, {@code createdById},
 *     {@code updatedById}
 */
public record TableOptions(List<String> primary, boolean autoIncremented, List<List<String>> unique,
                           List<List<String>> indexes, List<Relation> relations, Set<String> managed) {

  /** The fields {@link #timestamps()}, {@link #createdBy()} and {@link #updatedBy()} add. */
  public static final Set<String> MANAGED = Set.of("createdAt", "updatedAt", "createdById", "updatedById");

  /** Copies every collection. */
  public TableOptions {
    primary = List.copyOf(primary);
    unique = List.copyOf(unique);
    indexes = List.copyOf(indexes);
    relations = List.copyOf(relations);
    managed = Set.copyOf(managed);
  }

  /** No options: extends an existing table, or creates one keyed by {@code id}. */
  public static TableOptions none() {
    return new TableOptions(List.of(), false, List.of(), List.of(), List.of(), Set.of());
  }

  /** A primary key over these fields. */
  public static TableOptions primary(String... fields) {
    return new TableOptions(List.of(fields), false, List.of(), List.of(), List.of(), Set.of());
  }

  /** The single-field primary key is generated. */
  public TableOptions autoIncrement() { return new TableOptions(primary, true, unique, indexes, relations, managed); }

  /** Adds a unique key. */
  public TableOptions unique(String... fields) {
    List<List<String>> u = new ArrayList<>(unique);
    u.add(List.of(fields));
    return new TableOptions(primary, autoIncremented, u, indexes, relations, managed);
  }

  /** Adds an index. */
  public TableOptions index(String... fields) {
    List<List<String>> i = new ArrayList<>(indexes);
    i.add(List.of(fields));
    return new TableOptions(primary, autoIncremented, unique, i, relations, managed);
  }

  /** Adds a relation. */
  public TableOptions relation(Relation relation) {
    List<Relation> r = new ArrayList<>(relations);
    r.add(relation);
    return new TableOptions(primary, autoIncremented, unique, indexes, r, managed);
  }

  /** This table's {@code <name>Id} points to a row of {@code target} (added as a field when missing). */
  public TableOptions belongsTo(String name, String target) { return belongsTo(name, target, ""); }

  /** This table's {@code foreignKey} points to a row of {@code target}. */
  public TableOptions belongsTo(String name, String target, String foreignKey) {
    return relation(new Relation(name, Relation.Type.BELONGS_TO, target, foreignKey, "", "", "", ""));
  }

  /** One row of {@code target} points here through its {@code <this table>Id}. */
  public TableOptions hasOne(String name, String target) { return hasOne(name, target, ""); }

  /** One row of {@code target} points here through its {@code foreignKey}. */
  public TableOptions hasOne(String name, String target, String foreignKey) {
    return relation(new Relation(name, Relation.Type.HAS_ONE, target, foreignKey, "", "", "", ""));
  }

  /** Rows of {@code target} point here through their {@code <this table>Id}. */
  public TableOptions hasMany(String name, String target) { return hasMany(name, target, ""); }

  /** Rows of {@code target} point here through their {@code foreignKey}. */
  public TableOptions hasMany(String name, String target, String foreignKey) {
    return relation(new Relation(name, Relation.Type.HAS_MANY, target, foreignKey, "", "", "", ""));
  }

  /** Rows of this table and {@code target} are linked through the join table {@code <this table>_<name>}. */
  public TableOptions belongsToMany(String name, String target) { return belongsToMany(name, target, "", "", ""); }

  /** Rows are linked through {@code through} ({@code foreignKey} → this table, {@code otherKey} → target). */
  public TableOptions belongsToMany(String name, String target, String through, String foreignKey, String otherKey) {
    return relation(new Relation(name, Relation.Type.BELONGS_TO_MANY, target, foreignKey, "", "", through, otherKey));
  }

  /** Adds {@code createdAt} and {@code updatedAt}, set by the server on create and on every update. */
  public TableOptions timestamps() { return manage("createdAt", "updatedAt"); }

  /** Adds {@code createdById} and the relation {@code createdBy} to {@code user}, set to the creating user. */
  public TableOptions createdBy() { return manage("createdById"); }

  /** Adds {@code updatedById} and the relation {@code updatedBy} to {@code user}, set on every update. */
  public TableOptions updatedBy() { return manage("updatedById"); }

  private TableOptions manage(String... fields) {
    Set<String> m = new LinkedHashSet<>(managed);
    m.addAll(List.of(fields));
    return new TableOptions(primary, autoIncremented, unique, indexes, relations, m);
  }
}
