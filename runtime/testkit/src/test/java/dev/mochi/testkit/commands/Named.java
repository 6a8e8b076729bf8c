package dev.mochi.testkit.commands;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;

/** A plugin with a given name whose apply runs {@code body}. */
record Named(String name, Body body) implements Plugin<Void> {
  @Override public void apply(Context ctx, Void config) throws Exception { body.apply(ctx); }

  @FunctionalInterface
  interface Body {
    void apply(Context ctx) throws Exception;
  }
}
