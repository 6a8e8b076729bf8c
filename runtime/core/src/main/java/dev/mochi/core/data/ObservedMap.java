package dev.mochi.core.data;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** A map field of an {@link EntityState}: put, remove and clear mark the field dirty. Entries are read-only. */
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
    state.lock.lock();
    try {
      V old = items.put(key, value);
      state.markDirty(field);
      return old;
    } finally {
      state.lock.unlock();
    }
  }

  @Override public V remove(Object key) {
    state.lock.lock();
    try {
      if (items.containsKey(key)) state.markDirty(field);
      return items.remove(key);
    } finally {
      state.lock.unlock();
    }
  }

  @Override public V get(Object key) {
    state.lock.lock();
    try {
      return items.get(key);
    } finally {
      state.lock.unlock();
    }
  }

  @Override public void clear() {
    state.lock.lock();
    try {
      if (!items.isEmpty()) state.markDirty(field);
      items.clear();
    } finally {
      state.lock.unlock();
    }
  }

  @Override public Set<Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override public Iterator<Entry<K, V>> iterator() {
        state.lock.lock();
        Iterator<Entry<K, V>> it;
        try {
          it = new java.util.LinkedHashMap<>(items).entrySet().iterator();
        } finally {
          state.lock.unlock();
        }
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

      @Override public int size() {
        state.lock.lock();
        try {
          return items.size();
        } finally {
          state.lock.unlock();
        }
      }
    };
  }
}
