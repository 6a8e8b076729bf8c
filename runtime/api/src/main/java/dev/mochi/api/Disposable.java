package dev.mochi.api;

/** Something that can be undone: a registration, a timer, a scope. {@link #dispose()} is idempotent. */
@FunctionalInterface
public interface Disposable extends AutoCloseable {

  /** Undoes the registration. Calling it again does nothing. */
  void dispose();

  /** Same as {@link #dispose()}, for try-with-resources. */
  @Override
  default void close() {
    dispose();
  }
}
