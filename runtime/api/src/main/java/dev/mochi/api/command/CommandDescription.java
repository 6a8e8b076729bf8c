package dev.mochi.api.command;

import java.util.List;
import java.util.Optional;

/**
 * A command as a console page or a platform's command registration needs it, with its texts in one locale: a
 * snapshot, made by {@link Command#describe(String)} and {@link CommandCatalog}.
 *
 * @param name the full name ({@code "a.b"} for a subcommand)
 * @param plugin the plugin that declared it
 * @param declaration the declaration after the name, as help shows it ({@code "echo <message:text>"})
 * @param aliases other names that invoke it
 * @param description localized from {@code commands.<name>.description} when the locale files have it, otherwise
 *     as declared; empty when none
 * @param authority the authority needed to run it
 * @param hidden whether help hides it
 * @param parent the parent's name, for a subcommand
 * @param children the subcommands' names
 * @param arguments its arguments, in order
 * @param options its options, in declaration order (a value variant is an entry of its own)
 * @param usages usage lines as declared
 * @param examples examples as declared
 */
public record CommandDescription(String name, String plugin, String declaration, List<String> aliases,
                                 String description, int authority, boolean hidden, Optional<String> parent,
                                 List<String> children, List<ArgumentDescription> arguments,
                                 List<OptionDescription> options, List<String> usages, List<String> examples) {

  /** Copies the lists. */
  public CommandDescription {
    aliases = List.copyOf(aliases);
    children = List.copyOf(children);
    arguments = List.copyOf(arguments);
    options = List.copyOf(options);
    usages = List.copyOf(usages);
    examples = List.copyOf(examples);
  }
}
