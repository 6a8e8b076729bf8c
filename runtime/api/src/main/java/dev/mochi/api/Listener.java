package dev.mochi.api;

/** Receives events of one {@link EventType}. Exceptions are logged with the plugin's name and contained. */
@FunctionalInterface
public interface Listener<E> {
  void handle(E event) throws Exception;
}
