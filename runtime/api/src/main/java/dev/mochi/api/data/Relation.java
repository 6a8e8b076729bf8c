package dev.mochi.api.data;

/**
 * A relation between two tables, declared with {@link TableOptions} and named in filters ({@code
 * "author.name"}), in resources' {@code appends} and in association routes.
 *
 * <ul>
 *   <li>{@link Type#BELONGS_TO}: this table's {@code foreignKey} holds the target's {@code targetKey}
 *       ({@code post.author}: {@code post.authorId → user.id}).</li>
 *   <li>{@link Type#HAS_ONE} and {@link Type#HAS_MANY}: the target's {@code foreignKey} holds this table's
 *       {@code sourceKey} ({@code post.comments}: {@code comment.postId → post.id}).</li>
 *   <li>{@link Type#BELONGS_TO_MANY}: rows of the {@code through} table link {@code foreignKey → sourceKey}
 *       and {@code otherKey → targetKey} ({@code post.tags} through {@code post_tags}).</li>
 * </ul>
 *
 * <p>In a declaration an empty key means the default: {@code <name>Id} for a belongs-to foreign key,
 * {@code <source table>Id} for has-one, has-many and belongs-to-many, {@code <target table>Id} for the other
 * key, {@code <source>_<name>} for the join table, and the primary keys of source and target. {@link
 * Model#table(String)} returns relations with every key filled in.
 *
 * @param name the relation's name, unique among the table's fields and relations
 * @param type what kind of relation it is
 * @param target the related table
 * @param foreignKey the field holding the link (on this table for belongs-to, else on the target or join table)
 * @param sourceKey the field of this table the link refers to (has-one, has-many, belongs-to-many)
 * @param targetKey the field of the target the link refers to (belongs-to, belongs-to-many)
 * @param through the join table of a belongs-to-many relation, empty otherwise
 * @param otherKey the join table's field referring to the target (belongs-to-many), empty otherwise
 */
public record Relation(String name, Type type, String target, String foreignKey, String sourceKey, String targetKey,
                       String through, String otherKey) {

  /** Kinds of relations. */
  public enum Type {
    /** Many rows of this table point to one target row. */
    BELONGS_TO,
    /** One target row points to a row of this table. */
    HAS_ONE,
    /** Many target rows point to a row of this table. */
    HAS_MANY,
    /** Rows of both tables are linked through a join table. */
    BELONGS_TO_MANY
  }

  /** Requires the name, type and target; other keys may be empty (the default). */
  public Relation {
    if (name == null || type == null || target == null) {
      throw new DataException("A relation needs a name, a type and a target table");
    }
    foreignKey = foreignKey == null ? "" : foreignKey;
    sourceKey = sourceKey == null ? "" : sourceKey;
    targetKey = targetKey == null ? "" : targetKey;
    through = through == null ? "" : through;
    otherKey = otherKey == null ? "" : otherKey;
  }

  /** Whether a row of this table has at most one related row. */
  public boolean toOne() {
    return type == Type.BELONGS_TO || type == Type.HAS_ONE;
  }
}
