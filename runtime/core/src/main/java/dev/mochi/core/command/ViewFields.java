package dev.mochi.core.command;

import dev.mochi.api.data.Column;
import dev.mochi.api.data.Observed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;

/** The field names of a typed view ({@code interface Wallet extends UserData}): its getters, renamed by {@code @Column}. */
final class ViewFields {
  private ViewFields() {}

  static Set<String> of(Class<?> view) {
    Set<String> out = new LinkedHashSet<>();
    for (Method m : view.getMethods()) {
      if (m.getParameterCount() != 0 || m.getReturnType() == void.class || m.isDefault()
          || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Observed.class
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Column column = m.getAnnotation(Column.class);
      out.add(column != null && !column.name().isEmpty() ? column.name() : m.getName());
    }
    return out;
  }
}
