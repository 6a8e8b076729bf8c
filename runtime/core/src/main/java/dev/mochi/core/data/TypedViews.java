package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Typed views ({@code session.user(Wallet.class)}): a proxy whose getters and setters are the fields of the
 * same name, and whose {@code UserData}/{@code ChannelData}/{@code Observed} methods go to the base view.
 */
final class TypedViews {
  private TypedViews() {}

  static <T> T of(Class<T> view, EntityView base) {
    if (!view.isInterface()) {
      throw new DataException("Type " + view.getName() + " cannot be an observed view; use an interface extending UserData or ChannelData");
    }
    ViewFields.of(view);
    InvocationHandler h = (proxy, m, args) -> invoke(view, base, proxy, m, args);
    return view.cast(Proxy.newProxyInstance(view.getClassLoader(), new Class<?>[] {view}, h));
  }

  private static Object invoke(Class<?> view, EntityView base, Object proxy, Method m, Object[] args) throws Throwable {
    if (m.getDeclaringClass() == Object.class) {
      return switch (m.getName()) {
        case "toString" -> view.getSimpleName() + "(" + base + ")";
        case "hashCode" -> System.identityHashCode(proxy);
        default -> proxy == args[0];
      };
    }
    if (ViewFields.isBase(m)) {
      try {
        return m.invoke(base, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
    if (m.isDefault()) return InvocationHandler.invokeDefault(proxy, m, args);
    if (m.getParameterCount() == 0) return Values.as(base.get(m.getName()), m.getReturnType());
    base.set(m.getName(), args[0]);
    return null;
  }
}
