package dev.mochi.core.command;

import dev.mochi.core.data.DataService;
import dev.mochi.api.Disposable;
import dev.mochi.api.Session;
import dev.mochi.api.command.ArgumentInfo;
import dev.mochi.api.command.Command;
import dev.mochi.api.command.CommandAction;
import dev.mochi.api.command.CommandCheck;
import dev.mochi.api.command.CommandDescription;
import dev.mochi.api.command.OptionConfig;
import dev.mochi.api.command.OptionInfo;
import dev.mochi.api.command.ShortcutConfig;
import dev.mochi.api.command.ViewAction;
import dev.mochi.api.data.ChannelData;
import dev.mochi.api.data.Observed;
import dev.mochi.api.data.UserData;
import dev.mochi.core.scope.PluginScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A declared command. Its settings may change while sessions run it, so each is a volatile field or a
 * copy-on-write list; registration of names, aliases and shortcuts goes through the {@link CommandRegistry}.
 */
final class CommandImpl implements Command {
  private final CommandRegistry registry;
  private final PluginScope scope;
  private final String name;
  private final OptionTable options;
  private final AtomicBoolean disposed = new AtomicBoolean();
  private volatile Disposable tracking = () -> {};
  private volatile String declaration;
  private volatile List<ArgumentInfo> arguments = List.of();
  private volatile String description = "";
  private volatile CommandImpl parent;
  private volatile Integer authority;
  private volatile int maxUsage;
  private volatile java.time.Duration minInterval = java.time.Duration.ZERO;
  private volatile boolean hidden;
  private volatile boolean checkArgCount = true;
  private volatile boolean checkUnknown;
  private volatile boolean showWarning = true;
  final List<CommandImpl> children = new CopyOnWriteArrayList<>();
  final List<String> aliases = new CopyOnWriteArrayList<>();
  final Set<String> userFields = new CopyOnWriteArraySet<>();
  final Set<String> channelFields = new CopyOnWriteArraySet<>();
  final List<CommandCheck> checks = new CopyOnWriteArrayList<>();
  final List<CommandAction> actions = new CopyOnWriteArrayList<>();
  private final List<String> usages = new CopyOnWriteArrayList<>();
  private final List<String> examples = new CopyOnWriteArrayList<>();

  CommandImpl(CommandRegistry registry, PluginScope scope, String name, String declaration) {
    this.registry = registry;
    this.scope = scope;
    this.name = name;
    this.options = new OptionTable(name, registry.types());
    declare(declaration);
  }

  /** Sets the arguments from the part of a declaration after the name. */
  void declare(String rest) {
    this.arguments = List.copyOf(Declarations.arguments(rest));
    this.declaration = rest.isBlank() ? name : name + " " + rest.strip();
  }

  void track(Disposable handle) { this.tracking = handle; }

  PluginScope scope() { return scope; }

  boolean matches(Session session) { return scope.matches(session); }

  boolean disposed() { return disposed.get(); }

  void parent(CommandImpl parent) {
    CommandImpl old = this.parent;
    if (old == parent) return;
    if (old != null) old.children.remove(this);
    this.parent = parent;
    if (parent != null) parent.children.add(this);
  }

  boolean checksArgCount() { return checkArgCount; }

  boolean checksUnknown() { return checkUnknown; }

  boolean showsWarnings() { return showWarning; }

  OptionTable optionTable() { return options; }

  /** Parses the words of {@code line} from {@code from}, after an alias's presets. */
  Parsed parse(Line line, int from, List<String> presetArgs, Map<String, Object> presetOptions, Session session) {
    return new ArgvParser(arguments, options, registry.types(), session).parse(line, from, presetArgs, presetOptions);
  }

  // ---------------------------------------------------------------- reading

  @Override public String name() { return name; }

  @Override public String declaration() { return declaration; }

  @Override public String description() { return description; }

  @Override public CommandDescription describe(String locale) { return registry.descriptions().describe(this, locale); }

  @Override public String plugin() { return scope.pluginName(); }

  @Override public Optional<Command> parent() { return Optional.ofNullable(parent); }

  @Override public List<Command> children() { return List.copyOf(children); }

  @Override public List<String> aliases() { return List.copyOf(aliases); }

  @Override public List<ArgumentInfo> arguments() { return arguments; }

  @Override public List<OptionInfo> options() { return options.infos(); }

  @Override public int authority() {
    Integer own = authority;
    if (own != null) return own;
    CommandImpl p = parent;
    return p == null ? 1 : p.authority();
  }

  @Override public List<String> usages() { return List.copyOf(usages); }

  @Override public List<String> examples() { return List.copyOf(examples); }

  @Override public boolean hidden() { return hidden; }

  // ---------------------------------------------------------------- settings

  @Override public Command description(String description) {
    this.description = description == null ? "" : description;
    return this;
  }

  @Override public Command alias(String... names) {
    for (String n : names) registry.alias(this, n, List.of(), Map.of());
    return this;
  }

  @Override public Command alias(String name, List<String> args, Map<String, Object> options) {
    registry.alias(this, name, args, options);
    return this;
  }

  @Override public Command shortcut(String pattern, Consumer<ShortcutConfig> config) {
    registry.shortcut(this, pattern, config);
    return this;
  }

  @Override public Command option(String name, String declaration) {
    return option(name, declaration, o -> {});
  }

  @Override public Command option(String name, String declaration, Consumer<OptionConfig> config) {
    OptionDraft draft = new OptionDraft();
    if (config != null) config.accept(draft);
    options.declare(name, declaration == null ? "" : declaration, draft);
    return this;
  }

  @Override public Command maxUsage(int perDay) {
    if (perDay < 0) throw new IllegalArgumentException("Command '" + name() + "': maxUsage must be 0 (no limit) or more, got " + perDay);
    this.maxUsage = perDay;
    return this;
  }

  @Override public Command minInterval(java.time.Duration interval) {
    if (interval.isNegative()) throw new IllegalArgumentException("Command '" + name() + "': minInterval must not be negative, got " + interval);
    this.minInterval = interval;
    return this;
  }

  int maxUsage() { return maxUsage; }

  java.time.Duration minInterval() { return minInterval; }

  @Override public Command authority(int authority) {
    this.authority = authority;
    return this;
  }

  @Override public Command usage(String usage) {
    usages.add(usage);
    return this;
  }

  @Override public Command example(String example) {
    examples.add(example);
    return this;
  }

  @Override public Command hidden(boolean hidden) {
    this.hidden = hidden;
    return this;
  }

  @Override public Command checkArgCount(boolean check) {
    this.checkArgCount = check;
    return this;
  }

  @Override public Command checkUnknown(boolean check) {
    this.checkUnknown = check;
    return this;
  }

  @Override public Command showWarning(boolean show) {
    this.showWarning = show;
    return this;
  }

  @Override public Command userFields(String... fields) {
    userFields.addAll(List.of(fields));
    return this;
  }

  @Override public Command userFields(Class<? extends UserData> view) {
    userFields.addAll(DataService.fieldNames(view));
    return this;
  }

  @Override public Command channelFields(String... fields) {
    channelFields.addAll(List.of(fields));
    return this;
  }

  @Override public Command channelFields(Class<? extends ChannelData> view) {
    channelFields.addAll(DataService.fieldNames(view));
    return this;
  }

  @Override public Command check(CommandCheck check) {
    checks.add(check);
    return this;
  }

  @Override public Command action(CommandAction action) {
    return action(action, false);
  }

  @Override public <V extends Observed> Command action(Class<V> view, ViewAction<V> action) {
    boolean user = UserData.class.isAssignableFrom(view);
    if (!user && !ChannelData.class.isAssignableFrom(view)) {
      throw new IllegalArgumentException("Command '" + name() + "': the view " + view.getName() + " of action(view, "
          + "action) extends neither UserData nor ChannelData; make it extend one of them");
    }
    String table = user ? "user" : "channel";
    if (scope.model().tableOf(view).isEmpty()) scope.model().extend(table, view);
    if (user) userFields(view.asSubclass(UserData.class));
    else channelFields(view.asSubclass(ChannelData.class));
    return action((argv, session) -> action.run(argv, session, view.cast(user
        ? session.user(view.asSubclass(UserData.class))
        : session.channel(view.asSubclass(ChannelData.class)))));
  }

  @Override public Command action(CommandAction action, boolean prepend) {
    if (prepend) actions.add(0, action);
    else actions.add(action);
    return this;
  }

  @Override public Command subcommand(String declaration) {
    return subcommand(declaration, "");
  }

  @Override public Command subcommand(String declaration, String description) {
    String sep = declaration.startsWith(".") ? "" : "/";
    return registry.declare(scope, name + sep + declaration, description);
  }

  /** Removes this command, its children, aliases and shortcuts (once; later calls do nothing). */
  @Override public void dispose() {
    tracking.dispose();
    disposeNow();
  }

  void disposeNow() {
    if (!disposed.compareAndSet(false, true)) return;
    for (CommandImpl child : new ArrayList<>(children)) child.dispose();
    registry.remove(this);
    parent(null);
  }

  @Override public String toString() { return "Command <" + name + ">"; }
}
