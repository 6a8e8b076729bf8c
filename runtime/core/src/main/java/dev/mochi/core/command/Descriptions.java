package dev.mochi.core.command;

import dev.mochi.api.command.ArgumentDescription;
import dev.mochi.api.command.ArgumentInfo;
import dev.mochi.api.command.Command;
import dev.mochi.api.command.CommandDescription;
import dev.mochi.api.command.OptionDescription;
import dev.mochi.api.command.OptionInfo;
import dev.mochi.core.i18n.I18nService;
import java.util.ArrayList;
import java.util.List;

/**
 * Describes a command in one locale. Texts come from the locale files when they have them, Koishi's convention:
 * {@code commands.<name>.description}, {@code commands.<name>.options.<option>} (for a value variant,
 * {@code commands.<name>.options.<option>.<value>}) and, ours, {@code commands.<name>.arguments.<argument>};
 * otherwise the description declared in code is used. Help and the command catalog both describe through here.
 */
final class Descriptions {
  private final I18nService texts;

  Descriptions(I18nService texts) { this.texts = texts; }

  CommandDescription describe(CommandImpl c, String locale) {
    String base = "commands." + c.name() + ".";
    List<ArgumentDescription> arguments = new ArrayList<>();
    for (ArgumentInfo a : c.arguments()) {
      arguments.add(new ArgumentDescription(a.name(), a.type() == null || a.type().isEmpty() ? "string" : a.type(),
          a.required(), a.variadic(), text(locale, base + "arguments." + a.name(), "")));
    }
    List<OptionDescription> options = new ArrayList<>();
    for (OptionInfo o : c.options()) {
      List<String> shortForms = o.names().stream().filter(n -> n.length() == 1).toList();
      List<String> longForms = o.names().stream().filter(n -> n.length() > 1).toList();
      String key = base + "options." + o.name() + o.value().map(v -> "." + v).orElse("");
      options.add(new OptionDescription(o.name(), shortForms, longForms, o.declaration(), o.type(), o.fallback(),
          o.value(), text(locale, key, o.description()), o.authority(), o.hidden()));
    }
    return new CommandDescription(c.name(), c.plugin(), c.declaration(), c.aliases(),
        text(locale, base + "description", c.description()), c.authority(), c.hidden(),
        c.parent().map(Command::name), c.children().stream().map(Command::name).toList(), arguments, options,
        c.usages(), c.examples());
  }

  private String text(String locale, String key, String declared) {
    return texts.has(locale, key) ? texts.render(locale, key) : declared;
  }
}
