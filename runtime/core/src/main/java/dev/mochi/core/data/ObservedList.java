package dev.mochi.core.data;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list field of an {@link EntityState}: every mutation (add, remove, set, sort, clear) marks the field dirty.
 * Every access holds the state's lock, so sessions sharing the state see each other's changes whole.
 */
final class ObservedList<E> extends AbstractList<E> implements RandomAccess {
  private final EntityState state;
  private final String field;
  private final List<E> items;

  ObservedList(EntityState state, String field, List<E> items) {
    this.state = state;
    this.field = field;
    this.items = items;
  }

  @Override public E get(int index) { return state.locked(() -> items.get(index)); }

  @Override public int size() { return state.locked(items::size); }

  @Override public E set(int index, E element) {
    return state.locked(() -> {
      E old = items.set(index, element);
      state.markDirty(field);
      return old;
    });
  }

  @Override public void add(int index, E element) {
    state.locked(() -> {
      items.add(index, element);
      return changed(null);
    });
  }

  @Override public E remove(int index) {
    return state.locked(() -> changed(items.remove(index)));
  }

  @Override public void clear() {
    state.locked(() -> {
      boolean had = !items.isEmpty();
      items.clear();
      modCount++;
      if (had) state.markDirty(field);
      return null;
    });
  }

  @Override public void sort(Comparator<? super E> c) {
    state.locked(() -> {
      items.sort(c);
      return changed(null);
    });
  }

  /** A copy of the items, for serializing without holding the caller up. */
  List<E> copy() { return state.locked(() -> new ArrayList<>(items)); }

  /** Records a structural change (caller holds the lock) and passes {@code result} through. */
  private <T> T changed(T result) {
    modCount++;
    state.markDirty(field);
    return result;
  }
}
