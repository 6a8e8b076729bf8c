package dev.mochi.core.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mochi.api.data.DataException;
import dev.mochi.api.data.FieldType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Conversions between three forms of a field value: what callers give ({@link #coerce}), the canonical Java
 * value held in rows and states ({@code Integer}, {@code Long}, {@code Double}, {@code Boolean}, {@code String},
 * {@code Instant}, {@code List<String>}, maps and records), and the column value ({@link #toColumn}: instants
 * as epoch milliseconds, lists, maps and records as JSON text).
 */
final class Values {
  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private static final ClassLoader HOST = Values.class.getClassLoader();

  /**
   * Jackson caches what it learns about a type for the mapper's lifetime, so the shared mapper would keep an
   * unloaded plugin's record classes (and their class loader) alive. A type from a plugin's own loader gets a
   * copy of the mapper held in a {@link ClassValue}, which lives exactly as long as the type.
   */
  private static final ClassValue<ObjectMapper> PLUGIN_MAPPERS = new ClassValue<>() {
    @Override protected ObjectMapper computeValue(Class<?> type) {
      return dev.mochi.core.config.IsolatedMappers.copyOf(JSON);
    }
  };

  private Values() {}

  /** Whether classes of {@code loader} belong to a plugin rather than to the host. */
  static boolean isForeign(ClassLoader loader) {
    for (ClassLoader l = HOST; l != null; l = l.getParent()) {
      if (l == loader) return false;
    }
    return loader != null;
  }

  /** The mapper for values of {@code type}. */
  static ObjectMapper mapper(Class<?> type) {
    return isForeign(type.getClassLoader()) ? PLUGIN_MAPPERS.get(type) : JSON;
  }

  /** The column value of a canonical value. */
  static Object toColumn(FieldType type, Object value) {
    if (value == null) return null;
    return switch (type.kind()) {
      case INSTANT -> ((Instant) value).toEpochMilli();
      case LIST -> value instanceof ObservedList<?> observed ? observed.json() : json(value);
      case JSON -> json(value);
      default -> value;
    };
  }

  /** The canonical value of a column value read from the database. */
  static Object fromColumn(FieldType type, Object value) {
    if (value == null) return null;
    return switch (type.kind()) {
      case INTEGER -> ((Number) value).intValue();
      case LONG -> ((Number) value).longValue();
      case DOUBLE -> ((Number) value).doubleValue();
      case BOOLEAN -> value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
      case STRING -> value.toString();
      case INSTANT -> Instant.ofEpochMilli(((Number) value).longValue());
      case LIST -> parse(value.toString(), List.class);
      case JSON -> parse(value.toString(), type.javaType());
    };
  }

  /** A caller's value as the canonical value of {@code field}, or an error naming the field and the type. */
  static Object coerce(String table, FieldDef field, Object value) {
    if (value == null) return null;
    FieldType type = field.type();
    try {
      Object out = switch (type.kind()) {
        case INTEGER -> integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE) instanceof Long l ? (Object) l.intValue() : null;
        case LONG -> integral(value, Long.MIN_VALUE, Long.MAX_VALUE);
        case DOUBLE -> value instanceof Number n ? (Object) n.doubleValue()
            : value instanceof String s ? (Object) Double.parseDouble(s.trim()) : null;
        case BOOLEAN -> value instanceof Boolean b ? b
            : "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
        case STRING -> value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString() : null;
        case INSTANT -> instant(value);
        case LIST -> value instanceof Collection<?> c ? strings(c) : null;
        case JSON -> json(type.javaType(), value);
      };
      if (out != null) {
        if (type.kind() == FieldType.Kind.STRING && type.length() > 0 && ((String) out).length() > type.length()) {
          throw new DataException("Value for field '" + field.name() + "' of table '" + table + "' is "
              + ((String) out).length() + " characters long; the field allows " + type.length());
        }
        return out;
      }
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
      // reported below
    }
    throw new DataException("Value " + describe(value) + " does not fit field '" + field.name() + "' of table '" + table
        + "' (" + type.kind().name().toLowerCase() + ")");
  }

  private static Object integral(Object value, long min, long max) {
    long v;
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      v = ((Number) value).longValue();
    } else if (value instanceof Number n) {
      double d = n.doubleValue();
      if (d != Math.rint(d) || Double.isInfinite(d)) return null;
      v = (long) d;
    } else if (value instanceof String s) {
      v = Long.parseLong(s.trim());
    } else {
      return null;
    }
    return v < min || v > max ? null : (Object) v;
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) return i;
    if (value instanceof Number n) return Instant.ofEpochMilli(n.longValue());
    if (value instanceof String s) return Instant.parse(s.trim());
    return null;
  }

  private static List<String> strings(Collection<?> c) {
    List<String> out = new ArrayList<>(c.size());
    for (Object o : c) out.add(o == null ? null : o.toString());
    return out;
  }

  private static Object json(Class<?> type, Object value) {
    if (type.isInstance(value) && !(value instanceof Map<?, ?>) && !(value instanceof List<?>)) return value;
    if (type == Map.class && value instanceof Map<?, ?> m) return new LinkedHashMap<>(m);
    if (type == List.class && value instanceof List<?> l) return new ArrayList<>(l);
    if (value instanceof Map<?, ?> && type.isRecord()) return mapper(type).convertValue(value, type);
    return null;
  }

  /** Equality of canonical values (numbers by value, lists and maps by content). */
  static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
    return Objects.equals(a, b);
  }

  static String json(Object value) {
    try {
      return mapper(value.getClass()).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new DataException("Cannot write " + describe(value) + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static Object parse(String text, Class<?> type) {
    try {
      if (type == List.class) return JSON.readValue(text, new TypeReference<ArrayList<Object>>() {});
      if (type == Map.class) return JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {});
      return mapper(type).readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new DataException("Stored JSON does not fit " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** A canonical value converted to what a getter or {@code get(field, type)} asks for. */
  static Object as(Object value, Class<?> type) {
    if (type == Object.class) return value;
    if (value == null) {
      if (!type.isPrimitive()) return null;
      if (type == boolean.class) return false;
      if (type == double.class) return 0d;
      if (type == float.class) return 0f;
      if (type == long.class) return 0L;
      return type == short.class ? (short) 0 : 0;
    }
    Class<?> boxed = box(type);
    if (boxed.isInstance(value)) return value;
    if (value instanceof Number n) {
      if (boxed == Integer.class) return n.intValue();
      if (boxed == Long.class) return n.longValue();
      if (boxed == Double.class) return n.doubleValue();
      if (boxed == Float.class) return n.floatValue();
      if (boxed == Short.class) return n.shortValue();
    }
    if (boxed == String.class) return value.toString();
    if (type.isRecord() && value instanceof Map<?, ?>) return mapper(type).convertValue(value, type);
    throw new DataException("Value " + describe(value) + " cannot be read as " + type.getSimpleName());
  }

  private static Class<?> box(Class<?> t) {
    if (!t.isPrimitive()) return t;
    if (t == int.class) return Integer.class;
    if (t == long.class) return Long.class;
    if (t == double.class) return Double.class;
    if (t == boolean.class) return Boolean.class;
    if (t == float.class) return Float.class;
    return t == short.class ? Short.class : t;
  }

  static String describe(Object value) {
    if (value == null) return "null";
    String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    if (text.length() > 60) text = text.substring(0, 57) + "...";
    return text + " (" + value.getClass().getSimpleName() + ")";
  }
}
