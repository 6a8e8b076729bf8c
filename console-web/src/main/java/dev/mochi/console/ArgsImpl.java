package dev.mochi.console;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.console.Args;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Args} over the request's JSON {@code args}: an array or an object. */
final class ArgsImpl implements Args {
  private final JsonNode node;

  ArgsImpl(JsonNode node) {
    this.node = node;
  }

  JsonNode node() {
    return node;
  }

  @Override public int size() {
    return node.isArray() ? node.size() : 0;
  }

  @Override public boolean has(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  @Override public <T> T get(int index, Class<T> type) {
    JsonNode v = node.isArray() ? node.get(index) : null;
    if (v == null || v.isNull()) throw missing("argument " + index);
    return convert(v, type, "argument " + index);
  }

  @Override public <T> T get(String name, Class<T> type) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) throw missing("argument '" + name + "'");
    return convert(v, type, "argument '" + name + "'");
  }

  @Override public <T> Optional<T> optional(String name, Class<T> type) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) return Optional.empty();
    return Optional.of(convert(v, type, "argument '" + name + "'"));
  }

  @Override public <T> T as(Class<T> type) {
    return convert(node, type, "the arguments");
  }

  @Override public List<Object> list() {
    return node.isArray() ? Json.MAPPER.convertValue(node, new TypeReference<List<Object>>() {}) : List.of();
  }

  @Override public Map<String, Object> map() {
    return node.isObject() ? Json.MAPPER.convertValue(node, new TypeReference<Map<String, Object>>() {}) : Map.of();
  }

  private static ConsoleException missing(String what) {
    return new ConsoleException(ErrorCode.REQUEST_INVALID, "The request needs " + what, Map.of("argument", what));
  }

  private static <T> T convert(JsonNode v, Class<T> type, String what) {
    if (!fits(v, type)) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The request's " + what + " must be "
          + expected(type) + ", not " + Request.kind(v), Map.of("argument", what));
    }
    try {
      return Json.MAPPER.treeToValue(v, type);
    } catch (Exception e) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The request's " + what + " does not fit "
          + type.getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse(""), Map.of("argument", what));
    }
  }

  /** Strict for the plain types: no number from a string, no string from a number. */
  private static boolean fits(JsonNode v, Class<?> type) {
    if (type == String.class) return v.isTextual();
    if (type == Integer.class || type == int.class) return v.isIntegralNumber() && v.canConvertToInt();
    if (type == Long.class || type == long.class) return v.isIntegralNumber() && v.canConvertToLong();
    if (type == Double.class || type == double.class) return v.isNumber();
    if (type == Boolean.class || type == boolean.class) return v.isBoolean();
    if (List.class.isAssignableFrom(type)) return v.isArray();
    if (Map.class.isAssignableFrom(type) || type.isRecord()) return v.isObject();
    return true;
  }

  private static String expected(Class<?> type) {
    if (type == String.class) return "a string";
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "an integer";
    if (type == Double.class || type == double.class) return "a number";
    if (type == Boolean.class || type == boolean.class) return "a boolean";
    if (List.class.isAssignableFrom(type)) return "an array";
    return "an object";
  }
}
