package dev.mochi.api.data;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Column settings of a field. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Column {
  /** The column name; the field name by default. */
  String name() default "";

  /** Maximum length of a string column; 0 for unbounded. */
  int length() default 0;

  /** Earlier names of this column: existing data under such a name is renamed, never dropped. */
  String[] formerly() default {};
}
