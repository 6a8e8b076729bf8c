package dev.mochi.api;

import java.util.Objects;

/**
 * A named, typed event. Events are identified by name; two instances with the same name are the same event.
 * Plugins may define their own: {@code EventType<Order> ORDER = EventType.of("shop/order", Order.class);}
 */
public final class EventType<E> {
  private final String name;
  private final Class<E> type;

  private EventType(String name, Class<E> type) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
  }

  /** Creates an event type. */
  public static <E> EventType<E> of(String name, Class<E> type) {
    return new EventType<>(name, type);
  }

  /** The event's name, unique in the app ({@code "message"}, {@code "shop/order"}). */
  public String name() { return name; }

  /** The class of the event's payload. */
  public Class<E> type() { return type; }

  @Override public boolean equals(Object o) { return o instanceof EventType<?> e && e.name.equals(name); }

  @Override public int hashCode() { return name.hashCode(); }

  @Override public String toString() { return "EventType[" + name + "]"; }
}
