package dev.mochi.core.command;

import dev.mochi.api.Next;
import dev.mochi.api.Session;
import dev.mochi.api.command.ArgumentInfo;
import dev.mochi.api.command.Argv;
import dev.mochi.api.command.CommandException;
import dev.mochi.api.command.Command;
import dev.mochi.api.command.CommandAction;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One invocation's arguments and options, and its place in the action chain: {@link #next()} runs the next
 * action, and after the last one the rest of the middleware chain.
 */
final class ArgvImpl implements Argv {
  private final Session session;
  private final CommandImpl command;
  private final List<Object> args;
  private final Map<String, Object> options;
  private final String rest;
  private final Next chain;
  private int index;

  ArgvImpl(Session session, CommandImpl command, Parsed parsed, Next chain) {
    this.session = session;
    this.command = command;
    this.args = parsed.args();
    this.options = parsed.options();
    this.rest = parsed.rest();
    this.chain = chain;
  }

  /** Adds an argument obtained by prompting. */
  void addArgument(Object value) { args.add(value); }

  @Override public List<Object> args() { return Collections.unmodifiableList(args); }

  @Override public Object arg(int index) {
    if (index >= 0 && index < args.size()) return args.get(index);
    throw new CommandException(command.name(), "argument " + index + describe(index) + " was not given; read an "
        + "optional argument with arg(" + index + ", type, fallback)");
  }

  private String describe(int index) {
    List<ArgumentInfo> declared = command.arguments();
    if (index >= 0 && index < declared.size()) return " (" + declared.get(index).name() + ")";
    return declared.isEmpty() ? " (the command declares no arguments)" : " (the command declares " + declared.size() + ")";
  }

  @Override public <T> T arg(int index, Class<T> type) {
    return Values.convert(arg(index), type, command.name(), "argument " + index);
  }

  @Override public <T> T arg(int index, Class<T> type, T fallback) {
    if (index < 0 || index >= args.size()) return fallback;
    return Values.convert(args.get(index), type, command.name(), "argument " + index);
  }

  @Override public <T> T arg(String name, Class<T> type) {
    int index = indexOf(name);
    if (index >= args.size()) {
      throw new CommandException(command.name(), "argument '" + name + "' was not given; read an optional argument "
          + "with arg(\"" + name + "\", type, fallback)");
    }
    return Values.convert(named(index), type, command.name(), "argument '" + name + "'");
  }

  @Override public <T> T arg(String name, Class<T> type, T fallback) {
    int index = indexOf(name);
    if (index >= args.size()) return fallback;
    return Values.convert(named(index), type, command.name(), "argument '" + name + "'");
  }

  private int indexOf(String name) {
    List<ArgumentInfo> declared = command.arguments();
    for (int i = 0; i < declared.size(); i++) {
      if (declared.get(i).name().equals(name)) return i;
    }
    throw new CommandException(command.name(), "declares no argument '" + name + "'"
        + (declared.isEmpty() ? " (it declares none)"
            : "; its arguments are " + declared.stream().map(a -> "'" + a.name() + "'").toList()));
  }

  /** The value at a declared position; a variadic argument gets the rest of the values as a list. */
  private Object named(int index) {
    List<ArgumentInfo> declared = command.arguments();
    if (declared.get(index).variadic()) return List.copyOf(args.subList(index, args.size()));
    return args.get(index);
  }

  @Override public Map<String, Object> options() { return Collections.unmodifiableMap(options); }

  @Override public <T> T option(String name, Class<T> type) {
    Object value = options.get(name);
    if (value == null) {
      OptionSpec spec = command.optionTable().option(name);
      if (spec == null) {
        throw new CommandException(command.name(), "option '" + name + "' is not declared; declare it with "
            + ".option(\"" + name + "\", \"--" + name + "\") or read it with option(\"" + name + "\", type, fallback)");
      }
      if (spec.typed()) {
        throw new CommandException(command.name(), "option '" + name + "' was not given and has no fallback; declare "
            + "one (o -> o.fallback(...)) or read it with option(\"" + name + "\", type, fallback)");
      }
      value = Boolean.FALSE;
    }
    return Values.convert(value, type, command.name(), "option '" + name + "'");
  }

  @Override public <T> T option(String name, Class<T> type, T fallback) {
    Object value = options.get(name);
    return value == null ? fallback : Values.convert(value, type, command.name(), "option '" + name + "'");
  }

  @Override public boolean has(String name) { return options.containsKey(name); }

  @Override public Session session() { return session; }

  @Override public Command command() { return command; }

  @Override public String rest() { return rest; }

  @Override public Object next() throws Exception {
    List<CommandAction> actions = command.actions;
    if (index < actions.size()) return actions.get(index++).run(this, session);
    index++;
    return chain.proceed();
  }

  @Override public String toString() {
    return command.name() + " " + args + " " + options;
  }
}
