package dev.mochi.core.data;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A map field of an {@link EntityState}: put, remove and clear mark the field dirty. Entries are read-only
 * (set a value with {@code put}); iteration runs over a snapshot taken under the state's lock.
 */
final class ObservedMap<K, V> extends AbstractMap<K, V> {
  private final EntityState state;
  private final String field;
  private final Map<K, V> items;

  ObservedMap(EntityState state, String field, Map<K, V> items) {
    this.state = state;
    this.field = field;
    this.items = items;
  }

  @Override public V put(K key, V value) {
    return state.locked(() -> {
      V old = items.put(key, value);
      state.markDirty(field);
      return old;
    });
  }

  @Override public V remove(Object key) {
    return state.locked(() -> {
      if (items.containsKey(key)) state.markDirty(field);
      return items.remove(key);
    });
  }

  @Override public V get(Object key) { return state.locked(() -> items.get(key)); }

  @Override public void clear() {
    state.locked(() -> {
      if (!items.isEmpty()) state.markDirty(field);
      items.clear();
      return null;
    });
  }

  @Override public Set<Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override public Iterator<Entry<K, V>> iterator() {
        Iterator<Entry<K, V>> it = state.locked(() -> new LinkedHashMap<>(items)).entrySet().iterator();
        return new Iterator<>() {
          private Entry<K, V> last;

          @Override public boolean hasNext() { return it.hasNext(); }

          @Override public Entry<K, V> next() {
            last = it.next();
            return new SimpleImmutableEntry<>(last);
          }

          @Override public void remove() {
            ObservedMap.this.remove(last.getKey());
          }
        };
      }

      @Override public int size() { return state.locked(items::size); }
    };
  }
}
