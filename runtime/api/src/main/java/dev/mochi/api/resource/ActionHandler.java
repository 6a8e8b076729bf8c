package dev.mochi.api.resource;

/**
 * Runs one action. It returns the answer's data (or an {@link ActionResult} with meta) and throws a {@link
 * ResourceException} to answer with an error code.
 *
 * <pre>{@code
 * resources.registerActionHandler("post:publish", ctx -> { ...; return Map.of("published", true); });
 * resources.define("app", Map.of("getInfo", ActionHandler.reading(ctx -> Map.of("name", "mochi"))));
 * }</pre>
 */
@FunctionalInterface
public interface ActionHandler {
  /**
   * Handles a call.
   *
   * @throws Exception anything: a {@link ResourceException} becomes its error code and status, anything else an
   *     internal error (logged)
   */
  Object handle(ActionContext ctx) throws Exception;

  /** Whether the action only reads, so a read-only transport (HTTP GET) may call it. */
  default boolean reads() {
    return false;
  }

  /** The same handler, marked as only reading (reachable by GET as well as POST). */
  static ActionHandler reading(ActionHandler handler) {
    return new ActionHandler() {
      @Override public Object handle(ActionContext ctx) throws Exception {
        return handler.handle(ctx);
      }

      @Override public boolean reads() {
        return true;
      }
    };
  }
}
