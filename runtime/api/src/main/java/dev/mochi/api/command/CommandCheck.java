package dev.mochi.api.command;

import dev.mochi.api.Session;

/** A check before a command's action; a non-null result is replied and the action does not run. */
@FunctionalInterface
public interface CommandCheck {
  /**
   * Checks a call before the action runs.
   *
   * @return a reply that stops the command, or {@code null} to let it run
   * @throws Exception anything; handled as a failure of the action
   */
  Object check(Argv argv, Session session) throws Exception;
}
