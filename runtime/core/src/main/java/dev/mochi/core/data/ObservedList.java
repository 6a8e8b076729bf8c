package dev.mochi.core.data;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list field of an {@link EntityState}: every mutation (add, remove, set, sort, clear) marks the field dirty.
 * Every access holds the state's lock, so sessions sharing the state see each other's changes whole.
 *
 * <p>It also remembers the JSON it was last written as and how many items that covered, while the list has only
 * grown at its end since: then writing it again encodes the new items only ({@link #json()},
 * {@link #sqliteColumn()}). Any other change forgets the text.
 */
final class ObservedList<E> extends AbstractList<E> implements RandomAccess {
  private final EntityState state;
  private final String field;
  private final List<E> items;
  /** The JSON of the first {@link #encodedSize} items, or null. Guarded by the state's lock. */
  private String encoded;
  private int encodedSize;
  /** On SQLite: the column bytes of the first {@code bytes.size()} items, or null. Guarded by the state's lock. */
  private ListJson.Utf8 bytes;

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
      if (index < encodedSize) encoded = null;
      if (bytes != null && index < bytes.size()) bytes = null;
      state.markDirty(field);
      return old;
    });
  }

  @Override public void add(int index, E element) {
    state.locked(() -> {
      if (index < items.size()) forget();
      items.add(index, element);
      return changed(null);
    });
  }

  @Override public E remove(int index) {
    return state.locked(() -> {
      forget();
      return changed(items.remove(index));
    });
  }

  @Override public void clear() {
    state.locked(() -> {
      boolean had = !items.isEmpty();
      items.clear();
      forget();
      modCount++;
      if (had) state.markDirty(field);
      return null;
    });
  }

  @Override public void sort(Comparator<? super E> c) {
    state.locked(() -> {
      items.sort(c);
      forget();
      return changed(null);
    });
  }

  /**
   * The list as column text (JSON). The caller holds the state's lock. Lists of strings are written by
   * {@link ListJson}, from the text of the last write when the list has only grown since; others by the mapper.
   */
  String json() {
    if (encoded != null && encodedSize <= items.size() && ListJson.encodable(items.subList(encodedSize, items.size()))) {
      encoded = ListJson.append(encoded, encodedSize, items);
    } else if (ListJson.encodable(items)) {
      encoded = ListJson.of(items);
    } else {
      encoded = null;
      return Values.json(new ArrayList<>(items));
    }
    encodedSize = items.size();
    return encoded;
  }

  /**
   * The list's column value on SQLite: its UTF-8 JSON padded to its capacity, as bytes the flusher's statement
   * casts to text ({@link ListJson.Utf8}); the mapper's text, not padded, for a list that is not all strings. The
   * caller holds the state's lock.
   */
  Object sqliteColumn() {
    if (bytes == null || bytes.size() > items.size() || !bytes.append(items)) bytes = ListJson.Utf8.of(items);
    return bytes != null ? bytes.copy() : Values.json(new ArrayList<>(items));
  }

  /** Forgets the text of the last write (a change other than an append). */
  private void forget() {
    encoded = null;
    bytes = null;
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
