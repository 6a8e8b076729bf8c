package dev.mochi.api;

import java.util.Objects;

/**
 * A named hook whose handlers have type {@code H} (a functional interface). Hooks let plugins
 * change what the runtime does: add fields to load, veto a command, rewrite a message.
 */
public final class HookType<H> {
  private final String name;
  private final Class<H> handlerType;

  private HookType(String name, Class<H> handlerType) {
    this.name = Objects.requireNonNull(name, "name");
    this.handlerType = Objects.requireNonNull(handlerType, "handlerType");
  }

  /** Creates a hook type. */
  public static <H> HookType<H> of(String name, Class<H> handlerType) {
    return new HookType<>(name, handlerType);
  }

  /** The hook's name, unique in the app ({@code "attach-user"}). */
  public String name() { return name; }

  /** The interface a handler of this hook implements. */
  public Class<H> handlerType() { return handlerType; }

  @Override public boolean equals(Object o) { return o instanceof HookType<?> h && h.name.equals(name); }

  @Override public int hashCode() { return name.hashCode(); }

  @Override public String toString() { return "HookType[" + name + "]"; }
}
