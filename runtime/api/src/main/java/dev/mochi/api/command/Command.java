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

  /** The declaration with the name in front, e.g. {@code "echo <message:text>"}. */
  String declaration();

  /**
   * The description as declared in code; empty when none. The one users see comes from the locale files when they
   * have it: {@code describe(session.locale()).description()}.
   */
  String description();

  /**
   * Everything about the command, with its texts in {@code locale}: each description is the text of
   * {@code commands.<name>.description} (and {@code commands.<name>.options.<option>},
   * {@code commands.<name>.arguments.<argument>}) from the locale files, looked up with the locale's fallbacks, or
   * the one declared in code when no locale file has it.
   */
  CommandDescription describe(String locale);

  /** The owning plugin's name. */
  String plugin();

  /** The parent command, for a subcommand. */
  Optional<Command> parent();

  /** The subcommands, in declaration order. */
  List<Command> children();

  /** Other names that invoke this command. */
  List<String> aliases();

  /** Declared arguments, in order. */
  List<ArgumentInfo> arguments();

  /** Declared options, in declaration order; a value variant is an entry of its own. */
  List<OptionInfo> options();

  /** The authority needed to run it (inherited from the parent unless set; 1 by default). */
  int authority();

  /** Usage lines as declared. */
  List<String> usages();

  /** Examples as declared. */
  List<String> examples();

  /** Whether help leaves it out of lists. */
  boolean hidden();

  // ---------------------------------------------------------------- settings

  /** Sets the description declared in code (the locale files' {@code commands.<name>.description} wins over it). */
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

  /** Sets the authority needed to run it (0 lets blocked users run it too). */
  Command authority(int authority);

  /** Adds a usage line shown by help. */
  Command usage(String usage);

  /** Adds an example shown by help. */
  Command example(String example);

  /**
   * At most {@code perDay} runs per user and UTC day (Koishi's {@code maxUsage}); a user over it is told so and the
   * action does not run. 0 (the default) is no limit. Counted in memory: a restart starts the day's count again.
   *
   * <pre>{@code ctx.command("daily").maxUsage(1).action(...)}</pre>
   */
  Command maxUsage(int perDay);

  /**
   * At least {@code interval} between two runs by the same user (Koishi's {@code minInterval}); a user who is early
   * is told how long to wait and the action does not run. Zero (the default) is no cooldown.
   *
   * <pre>{@code ctx.command("lottery").minInterval(Duration.ofSeconds(10)).action(...)}</pre>
   */
  Command minInterval(java.time.Duration interval);

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

  /** Fields of the channel to load for this command. */
  Command channelFields(String... fields);

  /** Fields of the channel to load: every property of the typed view. */
  Command channelFields(Class<? extends ChannelData> view);

  /** Adds a check; a non-null result is replied and the action does not run. */
  Command check(CommandCheck check);

  /** Adds an action; actions run in order while each calls {@link Argv#next()}. */
  Command action(CommandAction action);

  /**
   * Adds an action that receives a typed view of the session's user (a view extending {@link UserData}) or channel
   * (extending {@link ChannelData}), so the view is named once: this extends table {@code user} (or
   * {@code channel}) with the view's fields unless the plugin already did, declares them for this command, and hands
   * the action {@code session.user(view)} (or {@code session.channel(view)}).
   *
   * <pre>{@code
   * ctx.command("todo.add <text:text>").action(Todos.class, (argv, session, todos) -> {
   *   todos.todos().add(argv.arg("text", String.class));
   *   return "Added.";
   * });
   * }</pre>
   *
   * @throws IllegalArgumentException when {@code view} extends neither {@link UserData} nor {@link ChannelData}
   */
  <V extends dev.mochi.api.data.Observed> Command action(Class<V> view, ViewAction<V> action);

  /** Adds an action in front of the others when {@code prepend} is true. */
  Command action(CommandAction action, boolean prepend);

  /** Declares a subcommand: {@code ".c"} derives {@code name.c}, {@code "c"} makes a child {@code c}. */
  Command subcommand(String declaration);

  /** Declares a subcommand with a description. */
  Command subcommand(String declaration, String description);

  /** Removes the command with its children, aliases and shortcuts. */
  @Override
  void dispose();
}
