package dev.mochi.api;

/** Receives events of one {@link EventType}. Exceptions are logged with the plugin's name and contained. */
@FunctionalInterface
public interface Listener<E> {
  /**
   * Handles one event. What it throws is logged with the listener's plugin and does not reach the emitter (except
   * through {@code serial}, which stops at the first failure and rethrows it).
   *
   * @throws Exception anything; see above
   */
  void handle(E event) throws Exception;
}
