package dev.mochi.core.data;

import dev.mochi.api.MochiException;
import dev.mochi.api.data.DataException;
import dev.mochi.api.data.Observed;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * A session's view of an {@link EntityState}: reads check the session declared the field (so a command that
 * forgot a declaration fails in every test, not only on a cold cache), load what the state lacks, and read
 * the shared value; writes go to the state and mark the field dirty.
 */
abstract class EntityView implements Observed {
  final EntityState state;
  private final DataEngine engine;
  private final Set<String> declared;
  private final String declaration;

  /**
   * @param declared the fields the session declared (a live set: {@code observeUser} adds to it)
   * @param declaration how to declare a missing field, e.g. {@code .userFields("%s")}
   */
  EntityView(DataEngine engine, EntityState state, Set<String> declared, String declaration) {
    this.engine = engine;
    this.state = state;
    this.declared = declared;
    this.declaration = declaration;
  }

  TableDef table() {
    return engine.schema.table(state.table());
  }

  @Override public Object get(String field) {
    FieldDef f = table().require(field);
    state.lock.lock();
    try {
      if (!declared.contains(field) && !(state.isLoaded(field) && state.dirtyFields().contains(field))) {
        throw undeclared(field);
      }
      if (!state.isLoaded(field)) engine.store.load(state, List.of(f.name()));
      return state.value(field);
    } finally {
      state.lock.unlock();
    }
  }

  private DataException undeclared(String field) {
    return new DataException("Field '" + field + "' of table '" + state.table() + "' was read but not declared; add "
        + declaration.replace("%s", field));
  }

  @Override public <T> T get(String field, Class<T> type) {
    @SuppressWarnings("unchecked") T t = (T) Values.as(get(field), type);
    return t;
  }

  @Override public void set(String field, Object value) {
    FieldDef f = table().require(field);
    if (table().primary().contains(field)) {
      throw new DataException("Field '" + field + "' of table '" + state.table() + "' is part of the row's key and cannot be set");
    }
    Object v = Values.coerce(state.table(), f, value);
    state.lock.lock();
    try {
      state.write(f, v);
    } finally {
      state.lock.unlock();
    }
  }

  @Override public <T> T update(String field, UnaryOperator<T> fn) {
    FieldDef f = table().require(field);
    state.lock.lock();
    try {
      Object current = get(field);
      @SuppressWarnings("unchecked") UnaryOperator<Object> untyped = (UnaryOperator<Object>) fn;
      Object next;
      try {
        next = untyped.apply(current);
      } catch (ClassCastException e) {
        // the lambda's parameter type differs from the stored value's: the cast in its bridge method fails
        if (current == null || !String.valueOf(e.getMessage()).startsWith("class " + current.getClass().getName() + " ")) throw e;
        throw new DataException("Field '" + field + "' of table '" + state.table() + "' holds " + current.getClass().getSimpleName()
            + " values, and update(\"" + field + "\", fn) was given a function of another type (" + e.getMessage()
            + "); write fn for " + current.getClass().getSimpleName() + ", or use update(\"" + field + "\", <Type>.class, fn)", e);
      }
      state.write(f, Values.coerce(state.table(), f, next));
      @SuppressWarnings("unchecked") T out = (T) state.value(field);
      return out;
    } finally {
      state.lock.unlock();
    }
  }

  @Override public <T> T update(String field, Class<T> type, UnaryOperator<T> fn) {
    FieldDef f = table().require(field);
    state.lock.lock();
    try {
      @SuppressWarnings("unchecked") T current = (T) Values.as(get(field), type);
      state.write(f, Values.coerce(state.table(), f, fn.apply(current)));
      @SuppressWarnings("unchecked") T out = (T) Values.as(state.value(field), type);
      return out;
    } finally {
      state.lock.unlock();
    }
  }

  @Override public void flush() {
    try {
      engine.flusher.flush(List.of(state)).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof MochiException m) throw m;
      throw new DataException("Flushing row " + state.id() + " of table '" + state.table() + "' failed", e.getCause());
    }
  }

  @Override public Set<String> dirty() {
    state.lock.lock();
    try {
      return state.dirtyFields();
    } finally {
      state.lock.unlock();
    }
  }

  @Override public String toString() {
    return state.table() + state.id();
  }
}
