package dev.mochi.core.command;

import dev.mochi.api.Disposable;
import dev.mochi.api.Session;
import dev.mochi.api.command.Argv;
import dev.mochi.api.command.Cmd;
import dev.mochi.api.command.Command;
import dev.mochi.api.command.CommandException;
import dev.mochi.api.command.Opt;
import dev.mochi.core.scope.PluginScope;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Registers the {@link Cmd} methods of an object. Each parameter is bound once, at registration: {@code Session}
 * and {@link Argv} by type, {@link Opt} parameters to the option they declare (named by {@link Opt#name()} or
 * its first long flag), every other parameter to the next declared argument, a trailing {@code List} or array
 * to the remaining arguments. A primitive parameter with no value gets zero or false.
 */
final class AnnotatedCommands {
  private AnnotatedCommands() {}

  static Disposable register(CommandEngine engine, PluginScope scope, Object target) {
    List<Command> declared = new ArrayList<>();
    List<Method> methods = new ArrayList<>(List.of(target.getClass().getDeclaredMethods()));
    methods.sort(Comparator.comparing(Method::getName));
    for (Method method : methods) {
      Cmd cmd = method.getAnnotation(Cmd.class);
      if (cmd == null) continue;
      method.setAccessible(true);
      Command command = engine.declare(scope, cmd.value(), cmd.description());
      if (cmd.authority() >= 0) command.authority(cmd.authority());
      if (cmd.aliases().length > 0) command.alias(cmd.aliases());
      List<Function<Argv, Object>> binders = new ArrayList<>();
      int argument = 0;
      for (Parameter p : method.getParameters()) {
        binders.add(binder(command, p, argument));
        if (!isInjected(p)) argument++;
      }
      command.action((argv, session) -> invoke(method, target, binders, argv));
      declared.add(command);
    }
    if (declared.isEmpty()) {
      throw new CommandException(target.getClass().getName(), "has no method annotated @Cmd; annotate the methods "
          + "that implement commands, e.g. @Cmd(\"echo <message:text>\")");
    }
    return () -> declared.forEach(Command::dispose);
  }

  private static boolean isInjected(Parameter p) {
    return p.getType() == Session.class || p.getType() == Argv.class || p.isAnnotationPresent(Opt.class);
  }

  private static Function<Argv, Object> binder(Command command, Parameter p, int argument) {
    Class<?> type = p.getType();
    if (type == Session.class) return Argv::session;
    if (type == Argv.class) return argv -> argv;
    Opt opt = p.getAnnotation(Opt.class);
    if (opt != null) {
      String name = opt.name().isEmpty() ? optionName(opt.value(), p.getName()) : opt.name();
      command.option(name, opt.value());
      return argv -> orDefault(argv.option(name, type, null), type);
    }
    if (type == List.class) return argv -> rest(argv, argument);
    if (type.isArray()) {
      Class<?> component = type.getComponentType();
      return argv -> {
        List<Object> rest = rest(argv, argument);
        Object array = Array.newInstance(component, rest.size());
        for (int i = 0; i < rest.size(); i++) {
          Array.set(array, i, argv.arg(argument + i, Values.box(component)));
        }
        return array;
      };
    }
    return argv -> orDefault(argv.arg(argument, type, null), type);
  }

  private static List<Object> rest(Argv argv, int from) {
    List<Object> args = argv.args();
    return from >= args.size() ? List.of() : List.copyOf(args.subList(from, args.size()));
  }

  /** The first long flag ({@code --channel}), else the first flag, else the parameter's name. */
  private static String optionName(String declaration, String fallback) {
    Declarations.OptionSyntax syntax = Declarations.option(fallback, declaration);
    for (String n : syntax.names()) {
      if (n.length() > 1) return n;
    }
    return syntax.names().isEmpty() ? fallback : syntax.names().get(0);
  }

  private static Object orDefault(Object value, Class<?> type) {
    if (value != null || !type.isPrimitive()) return value;
    if (type == boolean.class) return false;
    if (type == char.class) return '\0';
    return Values.convert(0L, type, "", "");
  }

  private static Object invoke(Method method, Object target, List<Function<Argv, Object>> binders, Argv argv)
      throws Exception {
    Object[] values = new Object[binders.size()];
    for (int i = 0; i < values.length; i++) values[i] = binders.get(i).apply(argv);
    try {
      return method.invoke(target, values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) throw cause;
      throw e;
    }
  }
}
