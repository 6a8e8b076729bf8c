package dev.mochi.api.command;

import java.util.List;
import java.util.Optional;

/**
 * One option (or one value variant of an option) of a {@link CommandDescription}.
 *
 * @param name the option's name: the key of {@code argv.options()}
 * @param shortForms one-letter flags without the dash ({@code -t} is {@code "t"})
 * @param longForms longer flags without the dashes ({@code --times} is {@code "times"})
 * @param declaration the flags and parameter as help shows them ({@code "-t, --times <n>"})
 * @param type the value's type name, {@code "boolean"} for a flag that takes no value
 * @param fallback the value when the option is not given
 * @param value for a value variant ({@code -W} sets {@code writer=0}), the value it sets
 * @param description localized from {@code commands.<command>.options.<name>} when the locale files have it,
 *     otherwise as declared; empty when none
 * @param authority the authority needed to use it
 * @param hidden whether help hides it
 */
public record OptionDescription(String name, List<String> shortForms, List<String> longForms, String declaration,
                                String type, Optional<Object> fallback, Optional<Object> value, String description,
                                int authority, boolean hidden) {

  /** Copies the lists. */
  public OptionDescription {
    shortForms = List.copyOf(shortForms);
    longForms = List.copyOf(longForms);
  }
}
