package dev.mochi.api;

/** The rest of the middleware chain, as seen from one middleware. */
public interface Next {

  /**
   * Runs the rest of the chain and returns what it replied (null when nothing replied).
   *
   * @throws Exception what the rest of the chain threw
   */
  Object proceed() throws Exception;

  /**
   * Appends {@code fallback} to the end of the chain, then proceeds. When the chain reaches the
   * fallback, a value is the reply; several fallbacks run in the order they were appended.
   *
   * @throws Exception what the rest of the chain threw
   */
  Object proceed(Object fallback) throws Exception;

  /**
   * Appends a fallback step that may itself proceed, then proceeds.
   *
   * @throws Exception what the rest of the chain threw
   */
  Object proceed(Fallback fallback) throws Exception;

  /** A step appended to the end of the chain by {@link #proceed(Fallback)}. */
  @FunctionalInterface
  interface Fallback {
    /**
     * Runs this step at the end of the chain.
     *
     * @param next the rest of the chain after this step (more fallbacks appended later)
     * @return the reply, or {@code null} for none
     * @throws Exception anything; it is handled as a middleware failure
     */
    Object handle(Next next) throws Exception;
  }
}
