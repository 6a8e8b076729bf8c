package dev.mochi.api.data;

import java.util.Optional;

/**
 * The type of a model field. Lists, maps and records are stored as JSON text.
 *
 * @param kind what the column holds
 * @param length maximum length of a string, 0 for unbounded
 * @param defaultValue the default in text form, if any
 * @param javaType the Java type values are converted to (records for JSON)
 */
public record FieldType(Kind kind, int length, Optional<String> defaultValue, Class<?> javaType) {

  /** Kinds of columns. */
  /** What a field holds, and so its SQL column type. */
  public enum Kind {
    /** A 32-bit integer. */
    INTEGER,
    /** A 64-bit integer. */
    LONG,
    /** A double-precision number. */
    DOUBLE,
    /** A boolean. */
    BOOLEAN,
    /** A text. */
    STRING,
    /** A point in time, stored as epoch milliseconds. */
    INSTANT,
    /** A list of texts, stored as JSON. */
    LIST,
    /** Anything else (a map, a record), stored as JSON. */
    JSON
  }

  /** A 32-bit integer ({@code int}). */
  public static FieldType integer() { return new FieldType(Kind.INTEGER, 0, Optional.empty(), Integer.class); }

  /** A 64-bit integer ({@code long}). */
  public static FieldType bigint() { return new FieldType(Kind.LONG, 0, Optional.empty(), Long.class); }

  /** A double-precision number ({@code double}). */
  public static FieldType decimal() { return new FieldType(Kind.DOUBLE, 0, Optional.empty(), Double.class); }

  /** A boolean. */
  public static FieldType bool() { return new FieldType(Kind.BOOLEAN, 0, Optional.empty(), Boolean.class); }

  /** A text of any length. */
  public static FieldType string() { return new FieldType(Kind.STRING, 0, Optional.empty(), String.class); }

  /** A text of at most {@code length} characters. */
  public static FieldType string(int length) { return new FieldType(Kind.STRING, length, Optional.empty(), String.class); }

  /** A point in time ({@code java.time.Instant}), stored as epoch milliseconds. */
  public static FieldType instant() { return new FieldType(Kind.INSTANT, 0, Optional.empty(), java.time.Instant.class); }

  /** A list of strings, stored as a JSON array. */
  public static FieldType list() { return new FieldType(Kind.LIST, 0, Optional.empty(), java.util.List.class); }

  /** A map or record stored as JSON. */
  public static FieldType json(Class<?> type) { return new FieldType(Kind.JSON, 0, Optional.empty(), type); }

  /** The same type with a default value. */
  public FieldType withDefault(String value) { return new FieldType(kind, length, Optional.of(value), javaType); }
}
