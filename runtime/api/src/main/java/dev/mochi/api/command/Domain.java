package dev.mochi.api.command;

import dev.mochi.api.Session;

/**
 * An argument type. Throw {@link IllegalArgumentException} with a short reason when the source is invalid;
 * the reason is shown to the user in the invalid-argument reply.
 */
@FunctionalInterface
public interface Domain<T> {
  /**
   * Parses one argument or option value.
   *
   * @param source the value as the user wrote it (text form)
   * @param session the session it came in
   * @return the value the action reads; never {@code null}
   * @throws IllegalArgumentException with a short reason shown to the user when {@code source} is not valid
   */
  T parse(String source, Session session);
}
