package dev.mochi.discord;

import dev.mochi.api.command.ArgumentDescription;
import dev.mochi.api.command.CommandDescription;
import dev.mochi.api.command.OptionDescription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * The bot's commands as Discord application commands, made from the kernel's command catalog, and the way back from a
 * slash command's option names to the command's arguments and options.
 *
 * <p>Discord's rules shape the mapping: names are lowercase words of at most 32 letters, digits, {@code -} and
 * {@code _}, so {@code plugin.list} is registered as {@code plugin-list} (subcommands are flattened) and an option as
 * its long flag ({@code --show-hidden} is {@code show-hidden}); a value variant ({@code -W, --anonymous}) is a boolean
 * option of its own. Descriptions are 1 to 100 characters (the declaration stands in for a missing one; a longer one
 * is cut); the en-US text is the default and other locales Discord knows are localizations. A variadic argument is
 * one text option whose words become the values. Argument types map to Discord's option types (integers with their
 * lower bound, users, channels, image attachments); other types are text and are checked when the command runs. At
 * most 25 options per command and 100 commands: what does not fit, hidden commands and hidden options are left out,
 * each with one log line. Names that would collide after the mapping keep the first.
 */
final class SlashCommandSet {
  static final int MAX_COMMANDS = 100;
  static final int MAX_OPTIONS = 25;
  static final int MAX_DESCRIPTION = 100;
  private static final int MAX_NAME = 32;
  private static final Pattern NOT_NAME = Pattern.compile("[^-_\\p{L}\\p{N}]+");

  /** Where a slash option's value goes in the invocation. */
  enum Kind { ARGUMENT, OPTION, VARIANT }

  /** One slash option: its Discord type, and the argument or option (or variant's long flag) it fills. */
  record Param(Kind kind, String key, OptionType type, boolean variadic) {}

  /** One registered command: its slash name, the Mochi command it runs, its options by slash name. */
  record Entry(String slashName, String command, SlashCommandData data, Map<String, Param> params) {}

  private final Map<String, Entry> bySlashName;
  private final List<Entry> entries;

  private SlashCommandSet(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    this.bySlashName = new HashMap<>();
    for (Entry e : entries) bySlashName.put(e.slashName(), e);
  }

  /**
   * The slash commands for {@code commands} (en-US texts) with the descriptions of {@code localized} (the same
   * commands described in other locales) as localizations; what cannot be registered is told to {@code warn}.
   */
  static SlashCommandSet of(List<CommandDescription> commands, Map<DiscordLocale, List<CommandDescription>> localized,
                            Consumer<String> warn) {
    Map<DiscordLocale, Map<String, CommandDescription>> byLocale = new LinkedHashMap<>();
    localized.forEach((locale, list) -> {
      Map<String, CommandDescription> byName = new HashMap<>();
      for (CommandDescription d : list) byName.put(d.name(), d);
      byLocale.put(locale, byName);
    });
    List<Entry> entries = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Map<String, String> taken = new HashMap<>();
    for (CommandDescription c : commands) {
      if (c.hidden()) continue;
      String name = name(c.name());
      if (name.isEmpty()) {
        warn.accept("Discord: command '" + c.name() + "' has no name Discord accepts (letters, digits, - and _); "
            + "it is not registered as a slash command");
        continue;
      }
      if (taken.containsKey(name)) {
        warn.accept("Discord: commands '" + taken.get(name) + "' and '" + c.name() + "' both become /" + name
            + "; only '" + taken.get(name) + "' is registered as a slash command");
        continue;
      }
      if (entries.size() == MAX_COMMANDS) {
        skipped.add(c.name());
        continue;
      }
      taken.put(name, c.name());
      Map<DiscordLocale, CommandDescription> texts = new LinkedHashMap<>();
      byLocale.forEach((locale, byName) -> {
        CommandDescription d = byName.get(c.name());
        if (d != null) texts.put(locale, d);
      });
      try {
        entries.add(entry(name, c, texts, warn));
      } catch (IllegalArgumentException refused) {
        taken.remove(name);
        warn.accept("Discord: command '" + c.name() + "' cannot be a slash command: " + refused.getMessage());
      }
    }
    if (!skipped.isEmpty()) {
      warn.accept("Discord: an application has at most " + MAX_COMMANDS + " slash commands; not registered: "
          + String.join(", ", skipped));
    }
    return new SlashCommandSet(entries);
  }

  private static Entry entry(String name, CommandDescription c, Map<DiscordLocale, CommandDescription> texts,
                             Consumer<String> warn) {
    SlashCommandData data = Commands.slash(name, description(c.description(), c.declaration()))
        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    texts.forEach((locale, d) -> {
      if (!d.description().isEmpty() && !d.description().equals(c.description())) {
        data.setDescriptionLocalization(locale, cut(d.description()));
      }
    });
    Map<String, Param> params = new LinkedHashMap<>();
    List<OptionData> required = new ArrayList<>();
    List<OptionData> optional = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (int i = 0; i < c.arguments().size(); i++) {
      ArgumentDescription a = c.arguments().get(i);
      OptionType type = a.variadic() ? OptionType.STRING : type(a.type());
      String optionName = name(a.name());
      if (optionName.isEmpty() || params.containsKey(optionName)) {
        dropped.add("<" + a.name() + ">");
        continue;
      }
      OptionData option = new OptionData(type, optionName, description(a.description(), a.name() + ": " + a.type()),
          a.required());
      bounds(option, a.type());
      int index = i;
      texts.forEach((locale, d) -> localize(option, d.arguments().size() > index ? d.arguments().get(index).description()
          : "", a.description(), locale));
      params.put(optionName, new Param(Kind.ARGUMENT, a.name(), type, a.variadic()));
      (a.required() ? required : optional).add(option);
    }
    for (int i = 0; i < c.options().size(); i++) {
      OptionDescription o = c.options().get(i);
      if (o.hidden()) continue;
      boolean variant = o.value().isPresent();
      Optional<String> flag = o.longForms().stream().findFirst();
      if (variant && flag.isEmpty()) {
        dropped.add(o.declaration());
        continue;
      }
      String optionName = name(flag.orElse(o.name()));
      if (optionName.isEmpty() || params.containsKey(optionName)) {
        dropped.add(o.declaration());
        continue;
      }
      OptionType type = variant ? OptionType.BOOLEAN : type(o.type());
      OptionData option = new OptionData(type, optionName, description(o.description(), o.declaration()), false);
      if (!variant) bounds(option, o.type());
      int index = i;
      texts.forEach((locale, d) -> localize(option, d.options().size() > index ? d.options().get(index).description()
          : "", o.description(), locale));
      params.put(optionName, variant ? new Param(Kind.VARIANT, flag.get(), type, false)
          : new Param(Kind.OPTION, o.name(), type, false));
      optional.add(option);
    }
    List<OptionData> all = new ArrayList<>(required);
    all.addAll(optional);
    if (all.size() > MAX_OPTIONS) {
      for (OptionData extra : all.subList(MAX_OPTIONS, all.size())) {
        dropped.add(extra.getName());
        params.remove(extra.getName());
      }
      all = all.subList(0, MAX_OPTIONS);
    }
    if (!dropped.isEmpty()) {
      warn.accept("Discord: /" + name + " (command '" + c.name() + "') leaves out " + String.join(", ", dropped)
          + ": Discord allows at most " + MAX_OPTIONS + " options with distinct lowercase names, and a value variant "
          + "needs a long flag");
    }
    data.addOptions(all);
    return new Entry(name, c.name(), data, params);
  }

  private static void localize(OptionData option, String text, String fallback, DiscordLocale locale) {
    if (!text.isEmpty() && !text.equals(fallback)) option.setDescriptionLocalization(locale, cut(text));
  }

  /** Discord's option type for a Mochi type name; text for types Discord has no equivalent of. */
  static OptionType type(String mochiType) {
    return switch (mochiType) {
      case "integer", "posint", "natural" -> OptionType.INTEGER;
      case "number" -> OptionType.NUMBER;
      case "boolean" -> OptionType.BOOLEAN;
      case "user" -> OptionType.USER;
      case "channel" -> OptionType.CHANNEL;
      case "image" -> OptionType.ATTACHMENT;
      default -> OptionType.STRING;
    };
  }

  private static void bounds(OptionData option, String mochiType) {
    if (mochiType.equals("posint")) option.setMinValue(1);
    if (mochiType.equals("natural")) option.setMinValue(0);
  }

  /** A name Discord accepts: lowercase, other characters as {@code -}, at most 32; empty when nothing is left. */
  static String name(String mochiName) {
    String n = NOT_NAME.matcher(mochiName.toLowerCase(Locale.ROOT)).replaceAll("-");
    n = n.replaceAll("^-+|-+$", "");
    return n.codePointCount(0, n.length()) <= MAX_NAME ? n : n.substring(0, n.offsetByCodePoints(0, MAX_NAME));
  }

  private static String description(String text, String fallback) {
    return cut(text.isBlank() ? fallback : text);
  }

  private static String cut(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.isEmpty()) return "-";
    if (t.codePointCount(0, t.length()) <= MAX_DESCRIPTION) return t;
    return t.substring(0, t.offsetByCodePoints(0, MAX_DESCRIPTION - 1)) + "…";
  }

  List<Entry> entries() { return entries; }

  List<SlashCommandData> data() { return entries.stream().map(Entry::data).toList(); }

  Optional<Entry> find(String slashName) { return Optional.ofNullable(bySlashName.get(slashName)); }

  /** The JSON Discord receives, one string per command, to tell whether a registration would change anything. */
  List<String> payload() { return entries.stream().map(e -> e.data().toData().toString()).toList(); }
}
