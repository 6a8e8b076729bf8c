package dev.mochi.api.command;

import dev.mochi.api.Session;

/** A check before a command's action; a non-null result is replied and the action does not run. */
@FunctionalInterface
public interface CommandCheck {
  Object check(Argv argv, Session session) throws Exception;
}
