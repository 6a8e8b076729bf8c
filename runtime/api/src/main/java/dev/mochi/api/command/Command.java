package dev.mochi.api.command;

import dev.mochi.api.Disposable;
import dev.mochi.api.data.ChannelData;
import dev.mochi.api.data.UserData;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A declared command. Declaration syntax (Koishi's): {@code name <required:type> [optional:type] [...rest:type]}.
 * {@code a.b} declares a derived subcommand (invoked as {@code a.b} or {@code a b}); {@code a/b} makes
 * {@code b} a child of {@code a}. Every setter returns this command for chaining.
 *
 * <pre>{@code
 * ctx.command("echo <message:text>", "Repeat a message")
 *    .alias("say")
 *    .option("times", "-t, --times <n:posint>", o -> o.fallback(1))
 *    .action((argv, session) -> argv.arg(0, String.class).repeat(argv.option("times", Integer.class)));
 * }</pre>
 */
public interface Command extends Disposable {

  /** The full name, e.g. {@code "a.b"}. */
  String name();

  /** The declaration as written after the name, e.g. {@code "<message:text>"}, with the name in front. */
  String declaration();

  String description();

  /** The owning plugin's name. */
  String plugin();

  Optional<Command> parent();

  List<Command> children();

  List<String> aliases();

  /** Declared arguments, in order. */
  List<ArgumentInfo> arguments();

  /** Declared options, by name, in declaration order. */
  List<OptionInfo> options();

  /** The authority needed to run it (inherited from the parent unless set). */
  int authority();

  List<String> usages();

  List<String> examples();

  boolean hidden();

  // ---------------------------------------------------------------- settings

  Command description(String description);

  /** Adds aliases (each also invokes this command). */
  Command alias(String... names);

  /** Adds an alias that runs this command with preset arguments and options. */
  Command alias(String name, List<String> args, Map<String, Object> options);

  /** Adds a shortcut: a message that runs this command. */
  Command shortcut(String pattern, Consumer<ShortcutConfig> config);

  /** Adds an option, e.g. {@code "-t, --times <n:posint> times to repeat"}. */
  Command option(String name, String declaration);

  /** Adds an option and configures it. */
  Command option(String name, String declaration, Consumer<OptionConfig> config);

  Command authority(int authority);

  Command usage(String usage);

  Command example(String example);

  /** Hides the command from {@code help}. */
  Command hidden(boolean hidden);

  /** When on (default), a missing required argument is asked for with a prompt; off: the action runs. */
  Command checkArgCount(boolean check);

  /** When on, unknown options are reported instead of ignored. */
  Command checkUnknown(boolean check);

  /** When on (default), argument and option errors are replied; off, they are ignored. */
  Command showWarning(boolean show);

  /** Fields of the user to load for this command. */
  Command userFields(String... fields);

  /** Fields of the user to load: every property of the typed view. */
  Command userFields(Class<? extends UserData> view);

  Command channelFields(String... fields);

  Command channelFields(Class<? extends ChannelData> view);

  /** Adds a check; a non-null result is replied and the action does not run. */
  Command check(CommandCheck check);

  /** Adds an action; actions run in order while each calls {@link Argv#next()}. */
  Command action(CommandAction action);

  /** Adds an action in front of the others when {@code prepend} is true. */
  Command action(CommandAction action, boolean prepend);

  /** Declares a subcommand: {@code ".c"} derives {@code name.c}, {@code "c"} makes a child {@code c}. */
  Command subcommand(String declaration);

  Command subcommand(String declaration, String description);

  /** Removes the command with its children, aliases and shortcuts. */
  @Override
  void dispose();
}
