package dev.mochi.api.command;

/** Settings of one option, given to the configurer of {@link Command#option(String, String, java.util.function.Consumer)}. */
public interface OptionConfig {

  /** The value when the option is absent. */
  OptionConfig fallback(Object fallback);

  /** A value variant: the flag sets the option to this value ({@code -W, --anonymous} sets {@code writer=0}). */
  OptionConfig value(Object value);

  /** The authority needed to use the option. */
  OptionConfig authority(int authority);

  /** The option's description for {@code help}. */
  OptionConfig description(String description);

  /** Hides the option from {@code help} (shown with {@code help -H}). */
  OptionConfig hidden(boolean hidden);

  /** A custom type: a registered domain name, or {@code regex:<pattern>}, or {@code enum:a|b|c}. */
  OptionConfig type(String type);
}
