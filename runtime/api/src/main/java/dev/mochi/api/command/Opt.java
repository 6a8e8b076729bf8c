package dev.mochi.api.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Binds a parameter of a {@link Cmd} method to an option, declared as in {@link Command#option(String, String)}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Opt {
  /** The option declaration, e.g. {@code "-c, --channel <id:channel>"}. */
  String value();

  /** The option name; the first long flag by default. */
  String name() default "";
}
