package dev.mochi.core.command;

import dev.mochi.api.PluginException;
import dev.mochi.api.Session;
import dev.mochi.api.command.CommandException;
import dev.mochi.api.command.ShortcutConfig;
import dev.mochi.core.scope.PluginScope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every command, by name and alias, and every shortcut. Names are global: a name or alias belongs to one
 * command, and one plugin; another plugin asking for it is refused with an error naming both. Declaring a
 * path such as {@code a.b/c} creates the missing commands along it ({@code a}, {@code a.b}, {@code c}) and
 * links parents; each command is tracked by its scope, so disposing the plugin removes it.
 */
final class CommandRegistry {
  private final TypeRegistry types = new TypeRegistry();
  private final Descriptions descriptions;
  private final CommandChanges changes;
  private final Map<String, Alias> names = new ConcurrentHashMap<>();
  private final List<CommandImpl> commands = new CopyOnWriteArrayList<>();
  private final List<Shortcut> shortcuts = new CopyOnWriteArrayList<>();

  /** A name by which a command is invoked, with the arguments and options it presets. */
  record Alias(CommandImpl command, List<String> args, Map<String, Object> options) {}

  /** A message that runs a command. */
  record Shortcut(CommandImpl command, String pattern, boolean fuzzy, boolean prefix, List<String> args,
                  Map<String, Object> options) {}

  CommandRegistry(Descriptions descriptions, CommandChanges changes) {
    this.descriptions = descriptions;
    this.changes = changes;
  }

  TypeRegistry types() { return types; }

  Descriptions descriptions() { return descriptions; }

  synchronized CommandImpl declare(PluginScope scope, String declaration, String description) {
    String def = declaration == null ? "" : declaration.strip();
    int space = 0;
    while (space < def.length() && !Character.isWhitespace(def.charAt(space))) space++;
    String path = Declarations.normalize(def.substring(0, space));
    String rest = def.substring(space);
    if (path.isEmpty()) {
      throw new PluginException(scope.pluginName(), "a command declaration needs a name, e.g. \"echo <message:text>\"");
    }
    String[] segments = path.split("(?=[./])");
    CommandImpl parent = null;
    for (int i = 0; i < segments.length; i++) {
      String seg = segments[i];
      boolean last = i == segments.length - 1;
      String name = seg.startsWith(".") ? (parent == null ? seg.substring(1) : parent.name() + seg)
          : seg.startsWith("/") ? seg.substring(1) : seg;
      if (name.isEmpty() || name.endsWith(".")) {
        throw new CommandException(path, "'" + path + "' is not a valid command path; write names like a, a.b or a/b");
      }
      Alias existing = names.get(name);
      CommandImpl command = existing == null ? null : existing.command();
      if (command != null) {
        if (last && !command.plugin().equals(scope.pluginName())) {
          throw conflict(scope.pluginName(), name, command);
        }
        link(command, parent, path);
      } else {
        command = create(scope, name, last ? rest : "");
        command.parent(parent);
      }
      if (last) {
        if (existing != null && !rest.isBlank()) command.declare(rest);
        if (existing == null || description != null && !description.isEmpty()) command.description(description);
      }
      parent = command;
    }
    return parent;
  }

  private static void link(CommandImpl command, CommandImpl parent, String path) {
    if (parent == null) return;
    if (command == parent) {
      throw new CommandException(path, "a command cannot be its own subcommand");
    }
    CommandImpl current = (CommandImpl) command.parent().orElse(null);
    if (current != null && current != parent) {
      throw new CommandException(path, "'" + command.name() + "' is already a subcommand of '" + current.name()
          + "'; it cannot also be one of '" + parent.name() + "'");
    }
    command.parent(parent);
  }

  private CommandImpl create(PluginScope scope, String name, String rest) {
    CommandImpl command = new CommandImpl(this, scope, name, rest);
    names.put(name, new Alias(command, List.of(), Map.of()));
    commands.add(command);
    command.track(scope.track(command::disposeNow));
    changes.added(name);
    return command;
  }

  private static PluginException conflict(String plugin, String name, CommandImpl owner) {
    String what = owner.name().equals(name) ? "command '" + name + "'" : "'" + name + "' (an alias of '" + owner.name() + "')";
    return new PluginException(plugin, "command '" + name + "' cannot be registered: " + what
        + " is already registered by plugin '" + owner.plugin() + "'; choose another name");
  }

  synchronized void alias(CommandImpl command, String alias, List<String> args, Map<String, Object> options) {
    String name = Declarations.normalize(alias.strip());
    if (name.startsWith(".")) name = command.parent().map(p -> p.name()).orElse("") + name;
    if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
      throw new CommandException(command.name(), "alias '" + alias + "' is not a valid name; use one word");
    }
    Alias existing = names.get(name);
    if (existing != null && existing.command() != command) {
      if (!existing.command().plugin().equals(command.plugin())) throw conflict(command.plugin(), name, existing.command());
      throw new CommandException(command.name(), "alias '" + name + "' is already used by command '"
          + existing.command().name() + "'; choose another alias");
    }
    names.put(name, new Alias(command, List.copyOf(args), Collections.unmodifiableMap(new LinkedHashMap<>(options))));
    if (!name.equals(command.name()) && !command.aliases.contains(name)) command.aliases.add(name);
  }

  void shortcut(CommandImpl command, String pattern, Consumer<ShortcutConfig> configure) {
    if (pattern == null || pattern.isBlank()) {
      throw new CommandException(command.name(), "a shortcut needs a non-empty pattern");
    }
    ShortcutDraft draft = new ShortcutDraft();
    if (configure != null) configure.accept(draft);
    shortcuts.add(new Shortcut(command, pattern.strip(), draft.fuzzy, draft.prefix, List.copyOf(draft.args),
        Collections.unmodifiableMap(draft.options)));
  }

  synchronized void remove(CommandImpl command) {
    names.values().removeIf(a -> a.command() == command);
    shortcuts.removeIf(s -> s.command() == command);
    if (commands.remove(command)) changes.removed(command.name());
  }

  /** The command (and presets) invoked by {@code name}, if it is runnable in {@code session}. */
  Alias get(String name, Session session) {
    Alias alias = names.get(name);
    if (alias == null || session != null && !alias.command().matches(session)) return null;
    return alias;
  }

  List<CommandImpl> all() { return commands; }

  List<Shortcut> shortcuts() { return shortcuts; }

  /** Names and aliases of the commands that match {@code session}, in declaration order. */
  List<String> names(Session session) {
    List<String> out = new ArrayList<>();
    for (CommandImpl c : commands) {
      if (!c.matches(session)) continue;
      out.add(c.name());
      out.addAll(c.aliases);
    }
    return out;
  }

  /** Settings of one {@link CommandImpl#shortcut} call. */
  private static final class ShortcutDraft implements ShortcutConfig {
    boolean fuzzy;
    boolean prefix;
    List<String> args = List.of();
    Map<String, Object> options = Map.of();

    @Override public ShortcutConfig fuzzy(boolean fuzzy) {
      this.fuzzy = fuzzy;
      return this;
    }

    @Override public ShortcutConfig prefix(boolean prefix) {
      this.prefix = prefix;
      return this;
    }

    @Override public ShortcutConfig args(List<String> args) {
      this.args = List.copyOf(args);
      return this;
    }

    @Override public ShortcutConfig options(Map<String, Object> options) {
      this.options = new LinkedHashMap<>(options);
      return this;
    }
  }
}
