package dev.mochi.core.command;

import dev.mochi.api.Next;
import dev.mochi.api.Session;
import dev.mochi.api.command.Argv;
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

  @Override public Object arg(int index) { return index >= 0 && index < args.size() ? args.get(index) : null; }

  @Override public <T> T arg(int index, Class<T> type) {
    return Values.convert(arg(index), type, command.name(), "argument " + index);
  }

  @Override public Map<String, Object> options() { return Collections.unmodifiableMap(options); }

  @Override public <T> T option(String name, Class<T> type) {
    return Values.convert(options.get(name), type, command.name(), "option '" + name + "'");
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
