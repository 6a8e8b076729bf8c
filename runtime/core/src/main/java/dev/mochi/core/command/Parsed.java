package dev.mochi.core.command;

import java.util.List;
import java.util.Map;

/**
 * What the parser made of the words after a command's name.
 *
 * @param args argument values in order
 * @param options option values by option name, fallbacks included
 * @param rest the source after {@code --}, or empty
 * @param error the first invalid argument or option, or null
 * @param unknown flags that no option declares, as typed (without dashes)
 * @param authority the highest authority any option used needs (0 when none)
 * @param help whether {@code -h}/{@code --help} was given and the command does not declare it
 */
record Parsed(List<Object> args, Map<String, Object> options, String rest, Error error, List<String> unknown,
              int authority, boolean help) {

  /**
   * An invalid value.
   *
   * @param option true for an option, false for an argument
   * @param name the argument's or option's name
   * @param reasonKey the i18n key of the reason, or null
   * @param reasonArgs the reason's placeholders
   * @param reasonText a reason given by a custom type, or empty for the default reason
   */
  record Error(boolean option, String name, String reasonKey, Object[] reasonArgs, String reasonText) {}
}
