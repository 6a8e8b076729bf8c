package dev.mochi.api;

/** A sub-scope made by {@link Context#plugin(Plugin, Object)}: it can be disposed on its own. */
public interface Fork extends Disposable {

  /** The context of the sub-scope. */
  Context context();

  /** Whether the sub-scope has been disposed, by itself or with its parent. */
  boolean disposed();
}
