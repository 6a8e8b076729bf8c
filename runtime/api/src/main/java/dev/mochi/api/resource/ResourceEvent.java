package dev.mochi.api.resource;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A record of a table resource was created, updated or destroyed: by an action, by {@code ctx.database()}, or by a
 * chat session's observed writes (delivered after they are durable). The console pushes it to each connection
 * that could {@code get} the record, with the fields it may read: {@link #recordFor}.
 */
public interface ResourceEvent {
  /** What happened to the record. */
  enum Kind {
    /** A record was inserted. */
    CREATED,
    /** Fields of a record changed. */
    UPDATED,
    /** A record was deleted. */
    DESTROYED
  }

  /** What happened. */
  Kind kind();

  /** The resource (table). */
  String resource();

  /** The record's primary key, by field. */
  Map<String, Object> key();

  /** The fields that changed (every field for created and destroyed records). */
  Set<String> fields();

  /**
   * The record as {@code caller} may {@code get} it: empty when the caller has no grant for {@code get}, when the
   * record is outside the grant's scope, or (for an update) when none of the changed fields is readable; else the
   * readable fields (and the key). For a destroyed record, the values it had.
   */
  Optional<Map<String, Object>> recordFor(Caller caller);
}
