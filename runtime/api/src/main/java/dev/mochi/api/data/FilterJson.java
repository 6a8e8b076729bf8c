package dev.mochi.api.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON operator form and JianghuJS conditions into {@link Filter} trees.
 *
 * <p>The API module has no JSON library, so the text form is read by {@link JsonReader}, a small strict
 * reader (objects, arrays, strings, numbers, booleans, null). The decoded form is then mapped key by
 * key: {@code $and}, {@code $or} and {@code $not} combine, any other {@code $} key is an unknown operator,
 * and a field's value is either an operator object, an array ({@code $in}) or a bare value ({@code $eq}).
 * Field names and value types are checked later, against the table, by the data layer.
 */
final class FilterJson {
  private FilterJson() {}

  static Filter parse(String json) {
    if (json == null || json.isBlank()) return Filter.ALL;
    Object value = JsonReader.read(json);
    if (!(value instanceof Map<?, ?> map)) {
      throw new FilterException("Filter JSON must be an object like {\"coins\": {\"$gt\": 10}}, got: " + json);
    }
    return fromObject(cast(map));
  }

  static Filter fromObject(Map<String, ?> json) {
    List<Filter> parts = new ArrayList<>();
    for (Map.Entry<String, ?> e : json.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      switch (key) {
        case "$and" -> children(key, value).ifPresent(c -> parts.add(new Filter.And(c)));
        case "$or" -> children(key, value).ifPresent(c -> parts.add(new Filter.Or(c)));
        case "$not" -> parts.add(new Filter.Not(child(key, value)));
        default -> {
          if (key.startsWith("$")) {
            throw new FilterException("Unknown filter operator '" + key + "' at the top level; use $and, $or, $not or a field name");
          }
          parts.add(field(key, value));
        }
      }
    }
    return parts.size() == 1 ? parts.getFirst() : new Filter.And(parts);
  }

  /** A field's value: an object of operators (keys without {@code $} name a relation's fields), an array, a value. */
  private static Filter field(String path, Object value) {
    if (value instanceof Map<?, ?> ops) {
      List<Filter> parts = new ArrayList<>();
      for (Map.Entry<?, ?> op : ops.entrySet()) {
        String key = String.valueOf(op.getKey());
        parts.add(key.startsWith("$") ? FilterOperators.of(path, key, op.getValue()) : field(path + "." + key, op.getValue()));
      }
      if (parts.isEmpty()) {
        throw new FilterException("Filter for field '" + path + "' is an empty object; give a value or an operator such as {\"$eq\": 1}");
      }
      return parts.size() == 1 ? parts.getFirst() : new Filter.And(parts);
    }
    if (value instanceof Collection<?> list) return new Filter.Compare(path, Filter.Op.IN, List.copyOf(list));
    return new Filter.Compare(path, Filter.Op.EQ, value);
  }

  static Filter fieldValue(String path, Object value) {
    return field(path, value);
  }

  static List<?> list(String path, String op, Object value) {
    if (value instanceof Collection<?> c) return List.copyOf(c);
    throw new FilterException("Operator " + op + " of field '" + path + "' takes an array, got: " + value);
  }

  /** The children of {@code $and}/{@code $or}; an empty array means no condition (as in NocoBase). */
  private static java.util.Optional<List<Filter>> children(String key, Object value) {
    if (!(value instanceof Collection<?> list)) {
      throw new FilterException("Operator " + key + " takes an array of filter objects, got: " + value);
    }
    List<Filter> out = new ArrayList<>();
    for (Object item : list) out.add(child(key, item));
    return out.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(out);
  }

  private static Filter child(String key, Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new FilterException("Operator " + key + " takes filter objects, got: " + value);
    }
    return fromObject(cast(map));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> cast(Map<?, ?> map) {
    for (Object k : map.keySet()) {
      if (!(k instanceof String)) throw new FilterException("Filter keys must be strings, got: " + k);
    }
    return (Map<String, ?>) map;
  }

  // ------------------------------------------------------------------ JianghuJS

  static Filter jianghu(Map<String, ?> conditions) {
    List<Filter> parts = new ArrayList<>();
    for (Map.Entry<String, ?> e : conditions.entrySet()) {
      Object v = e.getValue();
      if (v == null) continue;
      switch (e.getKey()) {
        case "where" -> object(e.getKey(), v).forEach((f, x) -> parts.add(Filter.eq(f, x)));
        case "whereIn" -> object(e.getKey(), v).forEach((f, x) -> parts.add(new Filter.Compare(f, Filter.Op.IN,
            list(f, "whereIn", x))));
        case "whereLike" -> object(e.getKey(), v).forEach((f, x) -> parts.add(Filter.like(f, "%" + x + "%")));
        case "whereOptions" -> parts.addAll(options(e.getKey(), v));
        case "whereOrOptions" -> {
          List<Filter> or = options(e.getKey(), v);
          if (!or.isEmpty()) parts.add(new Filter.Or(or));
        }
        default -> throw new FilterException("Unknown JianghuJS condition '" + e.getKey()
            + "'; use where, whereIn, whereLike, whereOptions or whereOrOptions");
      }
    }
    return parts.size() == 1 ? parts.getFirst() : new Filter.And(parts);
  }

  private static Map<String, ?> object(String key, Object value) {
    if (value instanceof Map<?, ?> map) return cast(map);
    throw new FilterException("JianghuJS condition '" + key + "' takes an object of field: value, got: " + value);
  }

  private static List<Filter> options(String key, Object value) {
    if (!(value instanceof Collection<?> rows)) {
      throw new FilterException("JianghuJS condition '" + key + "' takes an array of [field, operator, value], got: " + value);
    }
    List<Filter> out = new ArrayList<>();
    for (Object row : rows) {
      if (!(row instanceof List<?> t) || t.size() < 2 || t.size() > 3 || !(t.getFirst() instanceof String field)) {
        throw new FilterException("JianghuJS condition '" + key + "' expects [field, operator, value] entries, got: " + row);
      }
      if (t.size() == 2) {
        out.add(Filter.eq(field, t.get(1)));
        continue;
      }
      String op = String.valueOf(t.get(1)).trim().toLowerCase(Locale.ROOT);
      Object x = t.get(2);
      out.add(switch (op) {
        case "=", "==" -> Filter.eq(field, x);
        case "!=", "<>" -> Filter.ne(field, x);
        case ">" -> Filter.gt(field, x);
        case ">=" -> Filter.gte(field, x);
        case "<" -> Filter.lt(field, x);
        case "<=" -> Filter.lte(field, x);
        case "like" -> new Filter.Compare(field, Filter.Op.LIKE, x);
        case "not like" -> Filter.not(new Filter.Compare(field, Filter.Op.LIKE, x));
        case "in" -> new Filter.Compare(field, Filter.Op.IN, list(field, "in", x));
        case "not in" -> new Filter.Compare(field, Filter.Op.NIN, list(field, "not in", x));
        default -> throw new FilterException("Unknown JianghuJS operator '" + t.get(1) + "' for field '" + field
            + "'; use = != <> > >= < <= like, not like, in or not in");
      });
    }
    return out;
  }

  /** A strict JSON reader: objects become ordered maps, integers {@code Long}, other numbers {@code Double}. */
  static final class JsonReader {
    private final String s;
    private int i;

    private JsonReader(String s) { this.s = s; }

    static Object read(String json) {
      JsonReader r = new JsonReader(json);
      Object v = r.value();
      r.ws();
      if (r.i != r.s.length()) throw r.error("unexpected text after the value");
      return v;
    }

    private Object value() {
      ws();
      if (i >= s.length()) throw error("unexpected end");
      char c = s.charAt(i);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true", Boolean.TRUE);
        case 'f' -> literal("false", Boolean.FALSE);
        case 'n' -> literal("null", null);
        default -> {
          if (c == '-' || (c >= '0' && c <= '9')) yield number();
          throw error("unexpected character '" + c + "'");
        }
      };
    }

    private Map<String, Object> object() {
      Map<String, Object> map = new LinkedHashMap<>();
      i++;
      ws();
      if (peek() == '}') { i++; return map; }
      while (true) {
        ws();
        if (peek() != '"') throw error("expected a string key");
        String key = string();
        ws();
        expect(':');
        if (map.containsKey(key)) throw error("duplicate key \"" + key + "\"");
        map.put(key, value());
        ws();
        char c = next();
        if (c == '}') return map;
        if (c != ',') throw error("expected ',' or '}'");
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      i++;
      ws();
      if (peek() == ']') { i++; return list; }
      while (true) {
        list.add(value());
        ws();
        char c = next();
        if (c == ']') return list;
        if (c != ',') throw error("expected ',' or ']'");
      }
    }

    private String string() {
      StringBuilder b = new StringBuilder();
      i++;
      while (true) {
        char c = next();
        if (c == '"') return b.toString();
        if (c < 0x20) throw error("control character in a string");
        if (c != '\\') { b.append(c); continue; }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> b.append(e);
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            if (i + 4 > s.length()) throw error("short \\u escape");
            try {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("bad \\u escape");
            }
            i += 4;
          }
          default -> throw error("bad escape \\" + e);
        }
      }
    }

    private Object number() {
      int start = i;
      if (peek() == '-') i++;
      boolean fraction = false;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') { i++; continue; }
        if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') { fraction = true; i++; continue; }
        break;
      }
      String text = s.substring(start, i);
      try {
        if (!fraction) {
          try {
            return Long.parseLong(text);
          } catch (NumberFormatException tooBig) {
            return Double.parseDouble(text);
          }
        }
        return Double.parseDouble(text);
      } catch (NumberFormatException ex) {
        throw error("bad number '" + text + "'");
      }
    }

    private Object literal(String word, Object value) {
      if (!s.startsWith(word, i)) throw error("unexpected text");
      i += word.length();
      return value;
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }

    private char peek() { return i < s.length() ? s.charAt(i) : '\0'; }

    private char next() {
      if (i >= s.length()) throw error("unexpected end");
      return s.charAt(i++);
    }

    private void expect(char c) {
      if (next() != c) throw error("expected '" + c + "'");
    }

    private FilterException error(String what) {
      return new FilterException("Filter JSON is malformed at character " + i + ": " + what + " (in: " + s + ")");
    }
  }
}
