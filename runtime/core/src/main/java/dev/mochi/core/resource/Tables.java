package dev.mochi.core.resource;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.FilterException;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.Selection;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.core.data.ConstraintViolation;
import dev.mochi.core.data.RecordAccess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads and writes of table resources without access control, shared by the table actions, associations and
 * declared sql resources: keys from request values, pages, writes through the shared entity states, the fields
 * the server manages, and data errors turned into resource error codes.
 */
final class Tables {
  /** Rows {@code update} with a filter changes at most. */
  static final int MAX_BULK = 1000;

  final RecordAccess data;

  Tables(RecordAccess data) {
    this.data = data;
  }

  TableInfo info(String table) {
    return data.model().table(table).orElseThrow(() -> new ResourceException(ResourceException.RESOURCE_UNKNOWN, 404,
        "There is no resource '" + table + "'"));
  }

  /** The key a request names ({@code filterByTk}): a value, or for several key fields an object or an array. */
  Map<String, Object> key(TableInfo t, Object tk) {
    List<String> pk = t.primary();
    Map<String, Object> raw = new LinkedHashMap<>();
    Object v = tk instanceof String s && (s.startsWith("[") || s.startsWith("{")) && pk.size() > 1 ? Json.read("filterByTk", s) : tk;
    if (pk.size() == 1 && !(v instanceof Map<?, ?>) && !(v instanceof Collection<?>)) {
      raw.put(pk.getFirst(), v);
    } else if (v instanceof Map<?, ?> m) {
      for (String k : pk) raw.put(k, m.get(k));
    } else if (v instanceof List<?> l && l.size() == pk.size()) {
      for (int i = 0; i < pk.size(); i++) raw.put(pk.get(i), l.get(i));
    } else {
      throw ResourceException.badParam("Resource '" + t.name() + "' is keyed by " + pk + "; give filterByTk as "
          + (pk.size() == 1 ? "one value" : "an object or an array of " + pk.size() + " values") + ", got: " + Params.describe(tk));
    }
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      if (e.getValue() == null) throw ResourceException.badParam("filterByTk of resource '" + t.name() + "' lacks key field '" + e.getKey() + "'");
    }
    try {
      return data.coerce(t.name(), raw);
    } catch (DataException e) {
      throw ResourceException.badParam("filterByTk: " + e.getMessage());
    }
  }

  static Filter keyFilter(Map<String, Object> key) {
    List<Filter> parts = new ArrayList<>();
    key.forEach((k, v) -> parts.add(Filter.eq(k, v)));
    return parts.size() == 1 ? parts.getFirst() : new Filter.And(parts);
  }

  static Map<String, Object> keyOf(TableInfo t, Map<String, ?> row) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String k : t.primary()) out.put(k, row.get(k));
    return out;
  }

  List<Row> page(TableInfo t, Filter filter, List<String> fields, List<String> sort, int offset, int limit) {
    return guard(t, () -> {
      Selection<Row> s = data.database().select(t.name()).where(filter).fields(fields.toArray(String[]::new));
      s.orderBy(sort.toArray(String[]::new));
      return s.offset(offset).limit(limit).list();
    });
  }

  long count(TableInfo t, Filter filter) {
    return guard(t, () -> data.database().count(t.name(), filter));
  }

  Optional<Row> get(TableInfo t, Map<String, Object> key) {
    return guard(t, () -> data.database().select(t.name()).where(keyFilter(key)).first());
  }

  /**
   * Inserts with the managed fields set for {@code caller}; when the new row does not match {@code scope} the
   * insert is rolled back and refused.
   */
  Row insert(TableInfo t, Map<String, Object> values, Caller caller, Filter scope) {
    return insert(t, values, caller, scope, (tx, r) -> { });
  }

  /** {@link #insert}, running {@code within} in the same transaction after the insert (to link the new row). */
  Row insert(TableInfo t, Map<String, Object> values, Caller caller, Filter scope,
             java.util.function.BiConsumer<dev.mochi.api.data.Database, Row> within) {
    Map<String, Object> v = managed(t, values, caller, true);
    return guard(t, () -> data.database().transact(tx -> {
      Row r = tx.create(t.name(), v);
      if (!isAll(scope) && tx.count(t.name(), Filter.and(keyFilter(keyOf(t, r.asMap())), scope)) == 0) throw outOfScope(t);
      within.accept(tx, r);
      return r;
    }));
  }

  /** Inserts unless a row with the same {@code keys} exists; the inserted row, or empty. Scoped as {@link #insert}. */
  Optional<Row> insertIfAbsent(TableInfo t, Map<String, Object> values, List<String> keys, Caller caller, Filter scope) {
    Map<String, Object> v = managed(t, values, caller, true);
    return guard(t, () -> data.insertIfAbsent(t.name(), v, keys, scope, () -> outOfScope(t)));
  }

  static ResourceException outOfScope(TableInfo t) {
    return ResourceException.forbidden("The record would be outside the records of '" + t.name() + "' you may write");
  }

  static boolean isAll(Filter f) {
    return f instanceof Filter.And a && a.filters().isEmpty();
  }

  /** Writes to one row through its shared state; false when it does not exist. */
  boolean update(TableInfo t, Map<String, Object> key, Map<String, Object> values, Caller caller) {
    Map<String, Object> v = managed(t, values, caller, false);
    if (v.isEmpty()) return get(t, key).isPresent();
    return guard(t, () -> data.update(t.name(), key, v));
  }

  /** The keys of the rows matching {@code filter}, at most {@link #MAX_BULK}, or {@code param_invalid}. */
  List<Map<String, Object>> keys(TableInfo t, Filter filter) {
    List<Row> rows = page(t, filter, t.primary(), t.primary(), 0, MAX_BULK + 1);
    if (rows.size() > MAX_BULK) {
      throw ResourceException.badParam("The filter matches more than " + MAX_BULK + " records of '" + t.name()
          + "'; change at most " + MAX_BULK + " at once");
    }
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (Row r : rows) out.add(keyOf(t, r.asMap()));
    return out;
  }

  /** Deletes matching rows; returns how many. */
  int delete(TableInfo t, Filter filter) {
    return guard(t, () -> data.database().remove(t.name(), filter));
  }

  /** Values with the server's managed fields: the creating or updating user, and the time. */
  private static Map<String, Object> managed(TableInfo t, Map<String, Object> values, Caller caller, boolean create) {
    Map<String, Object> v = new LinkedHashMap<>(values);
    Instant now = Instant.now();
    if (create && t.managed().contains("createdAt") && t.fields().get("createdAt").kind() == FieldType.Kind.INSTANT) {
      v.putIfAbsent("createdAt", now);
    }
    if (t.managed().contains("updatedAt")) v.put("updatedAt", now);
    if (create && t.managed().contains("createdById") && caller.userId() != 0) v.putIfAbsent("createdById", caller.userId());
    if (t.managed().contains("updatedById") && caller.userId() != 0) v.put("updatedById", caller.userId());
    return v;
  }

  /** Runs a data operation, turning data errors into resource errors. */
  static <T> T guard(TableInfo t, Supplier<T> body) {
    try {
      return body.get();
    } catch (FilterException e) {
      throw new ResourceException(ResourceException.FILTER_INVALID, 400, e.getMessage(), e);
    } catch (ConstraintViolation e) {
      throw new ResourceException(ResourceException.CONFLICT, 409, "The write to '" + t.name()
          + "' conflicts with a unique key: " + e.getMessage(), e);
    } catch (ResourceException e) {
      throw e;
    } catch (DataException e) {
      throw new ResourceException(ResourceException.INTERNAL, 500, "Resource '" + t.name() + "' failed: " + e.getMessage(), e);
    }
  }
}
