package dev.mochi.api.data;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The default value of a field, in its text form ({@code "0"}, {@code "[]"}, {@code "true"}). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Default {
  /** The default in its text form. */
  String value();
}
