package dev.mochi.api;

/**
 * A service that hands each plugin its own view of itself, so that whatever a plugin registers through the service is
 * removed when that plugin goes away. {@link Context#get} and {@link Context#inject} call {@link #forScope} with the
 * caller's context instead of handing out the provided object itself.
 *
 * <pre>{@code
 * final class Console implements dev.mochi.api.console.Console {
 *   public Console forScope(Context caller) { return new View(this, caller); }  // View tracks through caller.onDispose
 * }
 * }</pre>
 *
 * @param <S> the service type
 */
public interface ScopedService<S> {

  /** The view of this service for {@code caller}: registrations made through it are disposed with {@code caller}. */
  S forScope(Context caller);
}
