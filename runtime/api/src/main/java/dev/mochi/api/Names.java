package dev.mochi.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/** Naming helpers shared by the API's defaults. */
final class Names {
  private Names() {}

  static String kebab(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0 && (Character.isLowerCase(name.charAt(i - 1))
            || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))))) {
          out.append('-');
        }
        out.append(Character.toLowerCase(c));
      } else if (c == '_') {
        out.append('-');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static Class<?> configType(Class<?> pluginClass) {
    for (Class<?> c = pluginClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Type t : c.getGenericInterfaces()) {
        if (t instanceof ParameterizedType p && p.getRawType() == Plugin.class) {
          Type arg = p.getActualTypeArguments()[0];
          if (arg instanceof Class<?> k) return k;
          if (arg instanceof ParameterizedType pa && pa.getRawType() instanceof Class<?> k) return k;
        }
      }
    }
    return Void.class;
  }
}
