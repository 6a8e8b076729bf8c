package dev.mochi.api.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a command on a method, registered by {@link dev.mochi.api.Context#commands(Object)}.
 * Parameters of type {@code Session} and {@link Argv} are injected; {@link Opt} parameters get option
 * values; the remaining parameters get the declared arguments in order.
 *
 * <pre>{@code
 * @Cmd(value = "authorize <user:user> <value:natural>", authority = 4)
 * String authorize(Session s, String user, int value, @Opt("-c, --channel <id:channel>") String channel) { ... }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Cmd {
  /** The declaration, as for {@link dev.mochi.api.Context#command(String)}: {@code "name <arg:type> [opt:type]"}. */
  String value();

  /** The command's description for {@code help}; empty for none. */
  String description() default "";

  /** The authority needed to run it; negative (the default) keeps the command's default, 1. */
  int authority() default -1;

  /** Other names it answers to; none by default. */
  String[] aliases() default {};
}
