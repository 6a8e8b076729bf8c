package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.Row;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;

/**
 * Typed views of query rows: a record is constructed from the row; an interface becomes a read-only proxy
 * (its setters and {@code flush()} fail, since a query row is a snapshot — write with {@code db.set}).
 */
final class RowViews {
  private RowViews() {}

  static <T> T of(Class<T> view, String table, Row row) {
    if (view.isRecord()) return record(view, row);
    InvocationHandler h = (proxy, method, args) -> invoke(view, table, row, proxy, method, args);
    return view.cast(Proxy.newProxyInstance(view.getClassLoader(), new Class<?>[] {view}, h));
  }

  private static Object invoke(Class<?> view, String table, Row row, Object proxy, Method m, Object[] args) throws Throwable {
    if (m.getDeclaringClass() == Object.class) {
      return switch (m.getName()) {
        case "toString" -> view.getSimpleName() + row.asMap();
        case "hashCode" -> System.identityHashCode(proxy);
        default -> proxy == args[0];
      };
    }
    if (m.isDefault()) return InvocationHandler.invokeDefault(proxy, m, args);
    int n = m.getParameterCount();
    if (n == 0 && m.getReturnType() != void.class && !m.getName().equals("dirty")) {
      return Values.as(row.get(m.getName()), m.getReturnType());
    }
    if (m.getName().equals("get") && n >= 1) {
      return n == 1 ? row.get((String) args[0]) : row.get((String) args[0], (Class<?>) args[1]);
    }
    if (m.getName().equals("dirty")) return java.util.Set.of();
    throw new DataException("A " + view.getSimpleName() + " returned by a query on table '" + table + "' is a snapshot; "
        + m.getName() + "() cannot change it. Write with ctx.database().set(\"" + table + "\", filter, values)");
  }

  private static <T> T record(Class<T> view, Row row) {
    RecordComponent[] cs = view.getRecordComponents();
    Class<?>[] types = new Class<?>[cs.length];
    Object[] values = new Object[cs.length];
    for (int i = 0; i < cs.length; i++) {
      types[i] = cs[i].getType();
      values[i] = Values.as(row.get(cs[i].getName()), types[i]);
    }
    try {
      var ctor = view.getDeclaredConstructor(types);
      ctor.setAccessible(true);
      return ctor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new DataException("Cannot build " + view.getSimpleName() + " from a row: " + e.getMessage(), e);
    }
  }
}
