package dev.mochi.api.resource;

/**
 * Runs around actions: before ({@code ctx.action().params()} may be changed), after ({@code next.proceed()}
 * returns the handler's result, which may be replaced), or instead (not calling {@code next}). Global middleware
 * runs first, then the resource's, then the action's, each in the order they were added.
 */
@FunctionalInterface
public interface ActionMiddleware {
  /**
   * Handles a call, usually by calling {@code next.proceed()}.
   *
   * @throws Exception anything, handled as the action's failure
   */
  Object handle(ActionContext ctx, Next next) throws Exception;

  /** The rest of the chain. */
  @FunctionalInterface
  interface Next {
    /**
     * Runs the next middleware, or the handler; returns its result.
     *
     * @throws Exception what the rest of the chain threw
     */
    Object proceed() throws Exception;
  }
}
