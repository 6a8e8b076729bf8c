package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceEvent;
import dev.mochi.core.data.RecordAccess;
import dev.mochi.core.data.RowChange;
import dev.mochi.core.data.RowMatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One change as a resource event. The record is read once, when the first caller asks, and each distinct scope is
 * decided once: in memory for scopes on the record's own fields, by a query for scopes that follow relations (a
 * destroyed record cannot be queried, so it reaches only callers whose scope needs no relation).
 */
final class ChangeEvent implements ResourceEvent {
  private final RowChange change;
  private final RecordAccess data;
  private final Access access;
  private final Tables tables;
  private final Map<Filter, Boolean> decided = new HashMap<>();
  private Optional<Map<String, Object>> record;

  ChangeEvent(RowChange change, RecordAccess data, Access access, Tables tables) {
    this.change = change;
    this.data = data;
    this.access = access;
    this.tables = tables;
  }

  @Override public Kind kind() {
    return switch (change.kind()) {
      case CREATED -> Kind.CREATED;
      case UPDATED -> Kind.UPDATED;
      case DESTROYED -> Kind.DESTROYED;
    };
  }

  @Override public String resource() {
    return change.table();
  }

  @Override public Map<String, Object> key() {
    return change.key();
  }

  @Override public Set<String> fields() {
    return change.fields();
  }

  @Override public synchronized Optional<Map<String, Object>> recordFor(Caller caller) {
    Optional<Permission> found = access.find(caller, change.table(), "get");
    if (found.isEmpty()) return Optional.empty();
    Permission p = found.get();
    Optional<TableInfo> table = data.model().table(change.table());
    if (table.isEmpty()) return Optional.empty();
    TableInfo t = table.get();
    if (change.kind() == RowChange.Kind.UPDATED && !caller.system()
        && change.fields().stream().noneMatch(f -> p.reads(f) && !t.primary().contains(f))) {
      return Optional.empty();
    }
    Optional<Map<String, Object>> row = record(t);
    if (row.isEmpty() || !inScope(t, p.scope(), row.get())) return Optional.empty();
    return Optional.of(Shape.only(row.get(), Shape.fields(t, p, List.of(), List.of())));
  }

  private Optional<Map<String, Object>> record(TableInfo t) {
    if (record == null) {
      if (change.kind() == RowChange.Kind.DESTROYED || change.kind() == RowChange.Kind.CREATED && !change.row().isEmpty()) {
        record = Optional.of(change.row());
      } else {
        record = tables.get(t, change.key()).map(Row::asMap);
      }
    }
    return record;
  }

  private boolean inScope(TableInfo t, Filter scope, Map<String, Object> row) {
    if (Tables.isAll(scope)) return true;
    return decided.computeIfAbsent(scope, s -> {
      RowMatcher m = data.matcher(t.name(), s);
      if (m.local()) return m.matches(row);
      if (change.kind() == RowChange.Kind.DESTROYED) return false;
      return tables.count(t, Where.and(Tables.keyFilter(change.key()), s)) > 0;
    });
  }
}
