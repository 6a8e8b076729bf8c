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
  public enum Kind { INTEGER, LONG, DOUBLE, BOOLEAN, STRING, INSTANT, LIST, JSON }

  public static FieldType integer() { return new FieldType(Kind.INTEGER, 0, Optional.empty(), Integer.class); }

  public static FieldType bigint() { return new FieldType(Kind.LONG, 0, Optional.empty(), Long.class); }

  public static FieldType decimal() { return new FieldType(Kind.DOUBLE, 0, Optional.empty(), Double.class); }

  public static FieldType bool() { return new FieldType(Kind.BOOLEAN, 0, Optional.empty(), Boolean.class); }

  public static FieldType string() { return new FieldType(Kind.STRING, 0, Optional.empty(), String.class); }

  public static FieldType string(int length) { return new FieldType(Kind.STRING, length, Optional.empty(), String.class); }

  public static FieldType instant() { return new FieldType(Kind.INSTANT, 0, Optional.empty(), java.time.Instant.class); }

  /** A list of strings, stored as a JSON array. */
  public static FieldType list() { return new FieldType(Kind.LIST, 0, Optional.empty(), java.util.List.class); }

  /** A map or record stored as JSON. */
  public static FieldType json(Class<?> type) { return new FieldType(Kind.JSON, 0, Optional.empty(), type); }

  /** The same type with a default value. */
  public FieldType withDefault(String value) { return new FieldType(kind, length, Optional.of(value), javaType); }
}
