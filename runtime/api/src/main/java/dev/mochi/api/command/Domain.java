package dev.mochi.api.command;

import dev.mochi.api.Session;

/**
 * An argument type. Throw {@link IllegalArgumentException} with a short reason when the source is invalid;
 * the reason is shown to the user in the invalid-argument reply.
 */
@FunctionalInterface
public interface Domain<T> {
  T parse(String source, Session session);
}
