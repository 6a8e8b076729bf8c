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
 * grown at its end since: then writing it again encodes the new items only ({@link #json(boolean)}). Any other
 * change forgets the text.
 */
final class ObservedList<E> extends AbstractList<E> implements RandomAccess {
  private final EntityState state;
  private final String field;
  private final List<E> items;
  /** The column text of the first {@link #encodedSize} items, or null. Guarded by the state's lock. */
  private ListJson.Text encoded;
  private int encodedSize;
  /** Whether {@link #encoded} was padded. */
  private boolean padded;

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
      state.markDirty(field);
      return old;
    });
  }

  @Override public void add(int index, E element) {
    state.locked(() -> {
      if (index < items.size()) encoded = null;
      items.add(index, element);
      return changed(null);
    });
  }

  @Override public E remove(int index) {
    return state.locked(() -> {
      encoded = null;
      return changed(items.remove(index));
    });
  }

  @Override public void clear() {
    state.locked(() -> {
      boolean had = !items.isEmpty();
      items.clear();
      encoded = null;
      modCount++;
      if (had) state.markDirty(field);
      return null;
    });
  }

  @Override public void sort(Comparator<? super E> c) {
    state.locked(() -> {
      items.sort(c);
      encoded = null;
      return changed(null);
    });
  }

  /** The list as column text (JSON), not padded. The caller holds the state's lock. */
  String json() {
    return json(false);
  }

  /**
   * The list as column text (JSON), padded for SQLite when {@code pad} ({@link ListJson}). The caller holds the
   * state's lock. Lists of strings are written by {@link ListJson}, from the text of the last write when the list
   * has only grown since; others by the mapper.
   */
  String json(boolean pad) {
    if (encoded != null && encodedSize <= items.size()) {
      if (encodedSize < items.size() || padded != pad) encoded = ListJson.append(encoded, encodedSize, items, pad);
    } else if (ListJson.encodable(items)) {
      encoded = ListJson.of(items, pad);
    } else {
      encoded = null;
      return ListJson.padded(Values.json(new ArrayList<>(items)), pad);
    }
    encodedSize = items.size();
    padded = pad;
    return encoded.text();
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
