package dev.mochi.plugin.help;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.Session;
import dev.mochi.api.command.Argv;
import dev.mochi.api.command.Command;
import dev.mochi.api.command.CommandDescription;
import dev.mochi.api.message.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * {@code help [command]}: without a name, the commands the user may run (top-level ones, or the children of a
 * command the user may not run); with a name, its declaration, description, aliases, usage, options (hidden ones
 * and those above the user's authority only with {@code -H}), subcommands and examples. A name that matches no
 * command gets a suggestion, and a reply of {@code .} shows the suggested one. Every command also answers
 * {@code -h}/{@code --help} with this text. Replies are plain text, so declarations such as {@code <name>} show as
 * written. Descriptions are in the session's locale (the locale files' {@code commands.<name>.description},
 * {@code .options.<option>} and {@code .arguments.<argument>}, else as declared). The name is words, not greedy text, so options may follow it: {@code help echo -H} is {@code help -H echo}.
 */
@Extension
public final class Help implements Plugin<Void> {

  @Override public void apply(Context ctx, Void config) {
    ctx.i18n().load(Help.class);
    ctx.command("help [...command:string]", "Show help")
        .authority(0)
        .userFields("authority")
        .option("showHidden", "-H, --show-hidden show hidden options and commands")
        .example("help")
        .example("help echo")
        .action((argv, session) -> Message.text(help(ctx, argv, session)));
  }

  @Override public String name() { return "help"; }

  private static String help(Context ctx, Argv argv, Session session) {
    boolean hidden = argv.option("showHidden", Boolean.class);
    List<Command> available = ctx.commands().available(session);
    List<Object> words = argv.args();
    if (words.isEmpty()) return list(session, available, hidden);
    String name = String.join(".", words.stream().map(String::valueOf).toList());
    Optional<Command> command = ctx.commands().find(name);
    if (command.isPresent() && available.contains(command.get())) {
      return details(session, command.get(), available, hidden);
    }
    if (command.isPresent() && command.get().authority() > session.user().authority()) {
      return session.text("commands.low-authority");
    }
    String notFound = session.text("commands.help.not-found");
    return ctx.commands().suggest(session, name, n -> "help " + n)
        .map(hint -> session.text("commands.help.with-suggestion", notFound, hint))
        .orElse(notFound);
  }

  private static String list(Session session, List<Command> available, boolean hidden) {
    Set<Command> runnable = Set.copyOf(available);
    List<Command> shown = new ArrayList<>();
    for (Command c : available) {
      if (c.parent().isEmpty()) collect(c, runnable, hidden, shown);
    }
    List<String> out = new ArrayList<>();
    out.add(session.text("commands.help.list-header"));
    shown.stream().sorted(Comparator.comparing(Command::name))
        .forEach(c -> out.add(line(c.name(), c.describe(session.locale()).description())));
    return String.join("\n", out);
  }

  /** A visible runnable command is listed; a hidden one is skipped with its children. */
  private static void collect(Command c, Set<Command> runnable, boolean hidden, List<Command> out) {
    if (c.hidden() && !hidden) return;
    if (runnable.contains(c)) {
      out.add(c);
      return;
    }
    for (Command child : c.children()) collect(child, runnable, hidden, out);
  }

  private static String details(Session session, Command c, List<Command> available, boolean hidden) {
    CommandDescription d = c.describe(session.locale());
    List<String> out = new ArrayList<>();
    out.add(session.text("commands.help.command", c.declaration()));
    if (!d.description().isEmpty()) out.add(d.description());
    if (!c.aliases().isEmpty()) out.add(session.text("commands.help.aliases", String.join(", ", c.aliases())));
    out.addAll(c.usages());
    List<String> arguments = d.arguments().stream().filter(a -> !a.description().isEmpty())
        .map(a -> line(a.name(), a.description())).toList();
    if (!arguments.isEmpty()) {
      out.add(session.text("commands.help.arguments"));
      out.addAll(arguments);
    }
    int authority = session.user().authority();
    List<String> options = d.options().stream()
        .filter(o -> hidden || !o.hidden() && o.authority() <= authority)
        .map(o -> line(o.declaration(), o.description())).toList();
    if (!options.isEmpty()) {
      out.add(session.text("commands.help.options"));
      out.addAll(options);
    }
    List<String> children = c.children().stream()
        .filter(child -> available.contains(child) && (hidden || !child.hidden()))
        .sorted(Comparator.comparing(Command::name))
        .map(child -> line(child.name(), child.describe(session.locale()).description())).toList();
    if (!children.isEmpty()) {
      out.add(session.text("commands.help.subcommands"));
      out.addAll(children);
    }
    if (!c.examples().isEmpty()) {
      out.add(session.text("commands.help.examples"));
      out.addAll(c.examples().stream().map(e -> "    " + e).collect(Collectors.toList()));
    }
    return String.join("\n", out);
  }

  private static String line(String name, String description) {
    return ("    " + name + "  " + description).stripTrailing();
  }
}
