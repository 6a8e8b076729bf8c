package dev.mochi.core.data;

import dev.mochi.api.data.FieldType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one in-memory state of a row, shared by every session that observes it: loaded values, the fields
 * changed since the last flush ({@code dirty}) and the fields being written right now ({@code inFlight}).
 * Every access holds {@link #lock}; proxies are thin views over it, so a change one session makes is what the
 * next one reads, and is never overwritten with a stale copy.
 */
final class EntityState {
  final EntityStore.Key key;
  final ReentrantLock lock = new ReentrantLock();

  /** Runs {@code body} under {@link #lock}: what the observed lists and maps do for every access. */
  <T> T locked(java.util.function.Supplier<T> body) {
    lock.lock();
    try {
      return body.get();
    } finally {
      lock.unlock();
    }
  }
  private final Map<String, Object> values = new HashMap<>();
  private final Set<String> dirty = new LinkedHashSet<>();
  private final Map<String, Integer> inFlight = new HashMap<>();
  /** Whether the row is known to exist. Guarded by {@link #lock}. */
  boolean exists;
  /** Completes when the latest write of this row's changes is durable. Guarded by {@link #lock}. */
  CompletableFuture<Void> landing = CompletableFuture.completedFuture(null);

  EntityState(EntityStore.Key key) {
    this.key = key;
  }

  String table() {
    return key.table();
  }

  List<Object> id() {
    return key.id();
  }

  boolean isLoaded(String field) {
    return values.containsKey(field);
  }

  Object value(String field) {
    return values.get(field);
  }

  /** Fields of {@code wanted} not loaded yet. */
  List<String> missing(Collection<String> wanted) {
    List<String> out = new ArrayList<>();
    for (String f : wanted) if (!values.containsKey(f)) out.add(f);
    return out;
  }

  /** Stores a value read from the database (never over a loaded or changed value). */
  void loaded(FieldDef f, Object canonical) {
    values.putIfAbsent(f.name(), wrap(f, canonical));
  }

  /** Sets a field; returns whether it changed (an equal value leaves it clean). */
  boolean write(FieldDef f, Object canonical) {
    if (values.containsKey(f.name()) && Values.same(values.get(f.name()), canonical)) return false;
    values.put(f.name(), wrap(f, canonical));
    dirty.add(f.name());
    return true;
  }

  void markDirty(String field) {
    dirty.add(field);
  }

  boolean isDirty() {
    return !dirty.isEmpty();
  }

  Set<String> dirtyFields() {
    return Set.copyOf(dirty);
  }

  /**
   * Takes the dirty fields' column values and clears them; they are in flight until {@link #landed} or
   * {@link #failed}. On SQLite ({@code sqlite}) a list of strings is taken as its padded UTF-8 bytes ({@link ListJson}).
   */
  Map<String, Object> snapshot(TableDef table, boolean sqlite) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String f : dirty) {
      FieldDef def = table.require(f);
      Object v = values.get(f);
      if (v instanceof ObservedList<?> list && def.type().kind() == FieldType.Kind.LIST) {
        out.put(f, sqlite ? list.sqliteColumn() : list.json());
      } else {
        out.put(f, Values.toColumn(def.type(), v));
      }
      inFlight.merge(f, 1, Integer::sum);
    }
    dirty.clear();
    return out;
  }

  void landed(Collection<String> fields) {
    for (String f : fields) inFlight.computeIfPresent(f, (k, n) -> n == 1 ? null : n - 1);
  }

  /** A write failed: its fields become dirty again, keeping any newer value written since. */
  void failed(Collection<String> fields) {
    landed(fields);
    dirty.addAll(fields);
  }

  /** Whether changes are buffered or being written. */
  boolean pending() {
    return !dirty.isEmpty() || !inFlight.isEmpty();
  }

  boolean idle() {
    return dirty.isEmpty() && inFlight.isEmpty();
  }

  /** Forgets loaded values that are neither changed nor being written, so they are read again. */
  void forget() {
    Set<String> keep = new HashSet<>(dirty);
    keep.addAll(inFlight.keySet());
    values.keySet().retainAll(keep);
    exists = false;
  }

  private Object wrap(FieldDef f, Object v) {
    if (v instanceof List<?> list) return new ObservedList<>(this, f.name(), new ArrayList<>(list));
    if (v instanceof Map<?, ?> map) return new ObservedMap<>(this, f.name(), new LinkedHashMap<>(map));
    return v;
  }
}
