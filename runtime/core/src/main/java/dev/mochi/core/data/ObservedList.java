package dev.mochi.core.data;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/** A list field of an {@link EntityState}: every mutation (add, remove, set, sort, clear) marks the field dirty. */
final class ObservedList<E> extends AbstractList<E> implements RandomAccess {
  private final EntityState state;
  private final String field;
  private final List<E> items;

  ObservedList(EntityState state, String field, List<E> items) {
    this.state = state;
    this.field = field;
    this.items = items;
  }

  @Override public E get(int index) {
    state.lock.lock();
    try {
      return items.get(index);
    } finally {
      state.lock.unlock();
    }
  }

  @Override public int size() {
    state.lock.lock();
    try {
      return items.size();
    } finally {
      state.lock.unlock();
    }
  }

  @Override public E set(int index, E element) {
    state.lock.lock();
    try {
      E old = items.set(index, element);
      state.markDirty(field);
      return old;
    } finally {
      state.lock.unlock();
    }
  }

  @Override public void add(int index, E element) {
    state.lock.lock();
    try {
      items.add(index, element);
      modCount++;
      state.markDirty(field);
    } finally {
      state.lock.unlock();
    }
  }

  @Override public E remove(int index) {
    state.lock.lock();
    try {
      E old = items.remove(index);
      modCount++;
      state.markDirty(field);
      return old;
    } finally {
      state.lock.unlock();
    }
  }

  @Override public void clear() {
    state.lock.lock();
    try {
      if (!items.isEmpty()) state.markDirty(field);
      items.clear();
      modCount++;
    } finally {
      state.lock.unlock();
    }
  }

  @Override public void sort(Comparator<? super E> c) {
    state.lock.lock();
    try {
      items.sort(c);
      modCount++;
      state.markDirty(field);
    } finally {
      state.lock.unlock();
    }
  }

  /** A copy of the items, for serializing without holding the caller up. */
  List<E> copy() {
    state.lock.lock();
    try {
      return new ArrayList<>(items);
    } finally {
      state.lock.unlock();
    }
  }
}
