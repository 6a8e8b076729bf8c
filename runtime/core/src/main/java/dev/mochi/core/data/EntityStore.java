package dev.mochi.core.data;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mochi.api.data.DataException;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * One {@link EntityState} per row while anyone uses it.
 *
 * <p>States live in a Caffeine cache, bounded and expiring after inactivity. Eviction must never split a
 * row into two states (one session still writing to the old one while another loads a fresh copy: a lost
 * update). So an evicted state is kept as a weak "ghost": the eviction listener runs atomically with the
 * removal, and a lookup (also atomic per key) revives the ghost when something still holds the state — a
 * running session, or the flusher with its unwritten changes. Only when nothing references it does the state
 * really go, and then everything it had is durable, so a fresh load is exact.
 */
final class EntityStore {
  /** A row's identity: table and primary-key values. */
  record Key(String table, List<Object> id) {
    Key {
      id = List.copyOf(id);
    }
  }

  private final Schema schema;
  private final DSLContext reader;
  private final Cache<Key, EntityState> cache;
  private final Map<Key, Ghost> ghosts = new ConcurrentHashMap<>();
  private final ReferenceQueue<EntityState> cleared = new ReferenceQueue<>();
  private volatile Consumer<String> onInvalidate = table -> { };

  EntityStore(Schema schema, DSLContext reader, DataSettings settings) {
    this.schema = schema;
    this.reader = reader;
    this.cache = Caffeine.newBuilder()
        .maximumSize(settings.cacheSize())
        .expireAfterAccess(settings.cacheExpiry())
        .evictionListener((Key k, EntityState s, com.github.benmanes.caffeine.cache.RemovalCause c) -> {
          if (k != null && s != null) ghosts.put(k, new Ghost(k, s, cleared));
        })
        .build();
  }

  void onInvalidate(Consumer<String> listener) {
    this.onInvalidate = listener;
  }

  /** The state of a row, made (empty, not loaded) when there is none. Cheap: no database work. */
  EntityState state(Key key) {
    purge();
    return cache.get(key, k -> {
      Ghost g = ghosts.remove(k);
      EntityState alive = g == null ? null : g.get();
      return alive != null ? alive : new EntityState(k);
    });
  }

  /**
   * Loads the fields of {@code wanted} the state lacks, in one SELECT under the state's lock, so two sessions
   * never load the same fields twice. Returns false when the row does not exist.
   */
  boolean load(EntityState s, Collection<String> wanted) {
    s.lock.lock();
    try {
      List<String> missing = s.missing(wanted);
      if (missing.isEmpty() && s.exists) return true;
      TableDef t = schema.table(s.table());
      List<FieldDef> defs = t.require(missing.isEmpty() ? List.of(t.primary().getFirst()) : missing);
      Record r = reader.select(Sql.fields(defs)).from(Sql.table(t)).where(Sql.key(t, s.id())).fetchOne();
      if (r == null) return false;
      for (int i = 0; i < defs.size(); i++) s.loaded(defs.get(i), Values.fromColumn(defs.get(i).type(), r.get(i)));
      s.exists = true;
      return true;
    } finally {
      s.lock.unlock();
    }
  }

  /** Forgets what was loaded of a table's rows (after a write that bypassed the states). */
  void invalidate(String table) {
    for (EntityState s : all()) {
      if (!s.table().equals(table)) continue;
      s.lock.lock();
      try {
        s.forget();
      } finally {
        s.lock.unlock();
      }
    }
    onInvalidate.accept(table);
  }

  /** Every state still reachable: cached or ghosts. */
  List<EntityState> all() {
    purge();
    List<EntityState> out = new ArrayList<>(cache.asMap().values());
    for (Ghost g : ghosts.values()) {
      EntityState s = g.get();
      if (s != null) out.add(s);
    }
    return out;
  }

  long size() {
    return cache.estimatedSize();
  }

  private void purge() {
    for (var r = cleared.poll(); r != null; r = cleared.poll()) {
      Ghost g = (Ghost) r;
      ghosts.remove(g.key, g);
    }
  }

  /** A weak reference to an evicted state, keyed so a cleared one can be dropped from the map. */
  private static final class Ghost extends WeakReference<EntityState> {
    final Key key;

    Ghost(Key key, EntityState state, ReferenceQueue<EntityState> queue) {
      super(state, queue);
      this.key = key;
    }
  }

  static DataException missingRow(Key key) {
    return new DataException("Row " + key.id() + " of table '" + key.table() + "' does not exist");
  }
}
