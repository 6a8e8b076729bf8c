package dev.mochi.api;

/**
 * A step of the message pipeline. Middleware runs in registration order (prepended ones first).
 * Return {@link Next#proceed()} to go on; return anything else to stop the chain with that reply
 * ({@code null} or {@code ""} for no reply).
 *
 * <pre>{@code
 * ctx.middleware((session, next) -> {
 *   if (session.content().contains("escape")) return "early";
 *   return next.proceed();
 * });
 * }</pre>
 */
@FunctionalInterface
public interface Middleware {

  /**
   * Handles one session; the result is the reply ({@code String}, {@link dev.mochi.api.message.Message}, or null).
   *
   * @throws Exception anything: it is logged with the plugin's name and this step replies nothing (a
   *     {@link SessionError} is replied as its localized text)
   */
  Object handle(Session session, Next next) throws Exception;
}
