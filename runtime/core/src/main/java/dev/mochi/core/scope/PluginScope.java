package dev.mochi.core.scope;

import dev.mochi.api.Context;
import dev.mochi.api.Disposable;
import dev.mochi.api.Fork;

/**
 * A plugin's scope as the parts of the kernel see it: the owner of what a plugin registers (a command, a listener, a
 * timer, a middleware), removed when the scope is disposed. The parts take this interface rather than the class
 * that implements it ({@code context.Scope}, at the top of the stack), so they need not know the whole kernel.
 */
public interface PluginScope extends Context {

  /** Registers {@code d} to run when this scope is disposed; the handle runs it now, once, and unregisters it. */
  Disposable track(Disposable d);

  /** Whether the scope has been disposed (its registrations are gone). */
  boolean disposed();

  /** The same object for every view (selector) of one scope. */
  Object identity();

  /**
   * Makes a child scope named {@code name}, runs {@code body} in it and returns it as a fork; when {@code body}
   * throws, the child is disposed and the failure rethrown as a {@link dev.mochi.api.PluginException}.
   */
  Fork fork(String name, ThrowingConsumer<Context> body);

  /** A consumer that may throw, as {@link dev.mochi.api.Plugin#apply} does. */
  @FunctionalInterface
  interface ThrowingConsumer<T> {
    void accept(T value) throws Exception;
  }
}
