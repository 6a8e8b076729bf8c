package dev.mochi.core.command;

import dev.mochi.api.command.CommandException;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Converts parsed values to the types actions ask for ({@code argv.option("times", Integer.class)}). */
final class Values {
  private Values() {}

  @SuppressWarnings("unchecked")
  static <T> T convert(Object value, Class<T> type, String command, String what) {
    if (value == null) return null;
    Class<T> boxed = (Class<T>) box(type);
    if (boxed.isInstance(value)) return boxed.cast(value);
    try {
      if (value instanceof Number n) {
        Object out = number(n, boxed);
        if (out != null) return (T) out;
      }
      if (boxed == String.class) return (T) String.valueOf(value);
      if (boxed == Boolean.class && value instanceof String s) return (T) Boolean.valueOf(BuiltinTypes.bool(s));
      if (boxed.isEnum() && value instanceof String s) {
        for (T constant : boxed.getEnumConstants()) {
          if (((Enum<?>) constant).name().equalsIgnoreCase(s)) return constant;
        }
      }
    } catch (ArithmeticException | IllegalArgumentException e) {
      throw new CommandException(command, what + " (" + value + ") does not fit " + type.getSimpleName());
    }
    throw new CommandException(command, what + " is a " + value.getClass().getSimpleName() + " and cannot be read as "
        + type.getSimpleName() + "; declare a matching type or read it as " + value.getClass().getSimpleName());
  }

  private static Object number(Number n, Class<?> type) {
    if (type == Integer.class) return Math.toIntExact(exactLong(n));
    if (type == Long.class) return exactLong(n);
    if (type == Short.class) return (short) Math.toIntExact(exactLong(n));
    if (type == Double.class) return n.doubleValue();
    if (type == Float.class) return n.floatValue();
    if (type == BigDecimal.class) return new BigDecimal(n.toString());
    if (type == BigInteger.class) return BigInteger.valueOf(exactLong(n));
    return null;
  }

  private static long exactLong(Number n) {
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (d != Math.rint(d) || Double.isInfinite(d)) throw new ArithmeticException("not an integer");
      return new BigDecimal(d).longValueExact();
    }
    return n.longValue();
  }

  static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) return type;
    if (type == int.class) return Integer.class;
    if (type == long.class) return Long.class;
    if (type == double.class) return Double.class;
    if (type == boolean.class) return Boolean.class;
    if (type == float.class) return Float.class;
    if (type == short.class) return Short.class;
    if (type == byte.class) return Byte.class;
    return Character.class;
  }
}
