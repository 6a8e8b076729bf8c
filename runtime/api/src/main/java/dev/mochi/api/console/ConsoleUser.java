package dev.mochi.api.console;

import java.util.Objects;

/**
 * The user behind a console connection: a row of the {@code user} table, so the same authority rules chat commands
 * and the console.
 *
 * @param id the user's id
 * @param name the name shown (a console login name, or the chat user's name)
 * @param authority 0 (blocked) to 5 (owner)
 * @param locale the locale the user chose for the console
 */
public record ConsoleUser(long id, String name, int authority, String locale) {

  /** Checks the values. */
  public ConsoleUser {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(locale, "locale");
  }
}
