package dev.mochi.core.data;

import dev.mochi.api.data.ChannelData;
import dev.mochi.api.data.Column;
import dev.mochi.api.data.DataException;
import dev.mochi.api.data.Default;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Observed;
import dev.mochi.api.data.UserData;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields of a typed view: the getters of an interface (zero arguments, not void; the methods of
 * {@link UserData}, {@link ChannelData} and {@link Observed} excluded) or the components of a record.
 * Primitive fields, lists and maps get an implicit default ({@code 0}, {@code false}, {@code []}, <code>{}</code>).
 */
final class ViewFields {
  private static final Set<Class<?>> BASE = Set.of(UserData.class, ChannelData.class, Observed.class, Object.class);

  private static final ClassValue<Map<String, FieldDef>> CACHE = new ClassValue<>() {
    @Override protected Map<String, FieldDef> computeValue(Class<?> type) { return read(type); }
  };

  private ViewFields() {}

  static Map<String, FieldDef> of(Class<?> view) {
    return CACHE.get(view);
  }

  /** Whether a method belongs to the base interfaces rather than to the view's own fields. */
  static boolean isBase(Method m) {
    return BASE.contains(m.getDeclaringClass());
  }

  private static Map<String, FieldDef> read(Class<?> view) {
    Map<String, FieldDef> out = new LinkedHashMap<>();
    if (view.isRecord()) {
      for (RecordComponent c : view.getRecordComponents()) {
        out.put(c.getName(), field(view, c.getName(), c.getGenericType(), c.getAccessor()));
      }
      return out;
    }
    if (!view.isInterface()) {
      throw new DataException("Type " + view.getName() + " cannot describe fields: use an interface of getters or a record");
    }
    List<Method> methods = new ArrayList<>(Arrays.asList(view.getMethods()));
    methods.sort(Comparator.comparing(Method::getName));
    for (Method m : methods) {
      if (isBase(m) || m.isDefault() || Modifier.isStatic(m.getModifiers())) continue;
      if (m.getParameterCount() == 0 && m.getReturnType() != void.class) {
        out.put(m.getName(), field(view, m.getName(), m.getGenericReturnType(), m));
      }
    }
    for (Method m : methods) {
      if (isBase(m) || m.isDefault() || Modifier.isStatic(m.getModifiers()) || m.getParameterCount() == 0) continue;
      if (m.getParameterCount() != 1 || m.getReturnType() != void.class || !out.containsKey(m.getName())) {
        throw new DataException("Method " + view.getSimpleName() + "." + m.getName() + " is neither a getter nor the setter"
            + " of a getter; a view has 'T name()' getters and optional 'void name(T value)' setters");
      }
    }
    return out;
  }

  private static FieldDef field(Class<?> view, String name, Type type, AnnotatedElement at) {
    FieldType ft = typeOf(view, name, type);
    Column column = at.getAnnotation(Column.class);
    Default def = at.getAnnotation(Default.class);
    if (column != null && column.length() > 0 && ft.kind() == FieldType.Kind.STRING) ft = FieldType.string(column.length());
    if (def != null) {
      ft = ft.withDefault(def.value());
    } else if (type instanceof Class<?> c && c.isPrimitive()) {
      ft = ft.withDefault(c == boolean.class ? "false" : "0");
    } else if (ft.kind() == FieldType.Kind.LIST || ft.javaType() == List.class) {
      ft = ft.withDefault("[]");
    } else if (ft.javaType() == Map.class) {
      ft = ft.withDefault("{}");
    }
    String col = column != null && !column.name().isEmpty() ? column.name() : name;
    List<String> formerly = column != null ? List.of(column.formerly()) : List.of();
    return new FieldDef(name, col, ft, formerly);
  }

  static FieldType typeOf(Class<?> view, String name, Type type) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) return FieldType.integer();
    if (raw == long.class || raw == Long.class) return FieldType.bigint();
    if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) return FieldType.decimal();
    if (raw == boolean.class || raw == Boolean.class) return FieldType.bool();
    if (raw == String.class) return FieldType.string();
    if (raw == Instant.class) return FieldType.instant();
    if (List.class.isAssignableFrom(raw)) {
      if (type instanceof ParameterizedType p && p.getActualTypeArguments()[0] == String.class) return FieldType.list();
      return FieldType.json(List.class);
    }
    if (Map.class.isAssignableFrom(raw)) return FieldType.json(Map.class);
    if (raw.isRecord()) return FieldType.json(raw);
    throw new DataException("Field '" + name + "' of " + view.getSimpleName() + " has type " + type.getTypeName()
        + ", which cannot be stored; use int, long, double, boolean, String, Instant, List<String>, a Map or a record");
  }
}
