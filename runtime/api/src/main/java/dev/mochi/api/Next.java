package dev.mochi.api;

/** The rest of the middleware chain, as seen from one middleware. */
public interface Next {

  /** Runs the rest of the chain and returns what it replied (null when nothing replied). */
  Object proceed() throws Exception;

  /**
   * Appends {@code fallback} to the end of the chain, then proceeds. When the chain reaches the
   * fallback, a value is the reply; several fallbacks run in the order they were appended.
   */
  Object proceed(Object fallback) throws Exception;

  /** Appends a fallback step that may itself proceed, then proceeds. */
  Object proceed(Fallback fallback) throws Exception;

  /** A step appended to the end of the chain by {@link #proceed(Fallback)}. */
  @FunctionalInterface
  interface Fallback {
    Object handle(Next next) throws Exception;
  }
}
