package dev.mochi.core.plugin;

/** Where a plugin jar stands. */
public enum PluginState {
  /** Loaded and applied: its commands answer. */
  ACTIVE,
  /** Not loaded because an operator disabled it (remembered in {@code disabled.txt} of the plugin directory). */
  DISABLED,
  /** Not loaded because loading or applying it failed; {@link PluginInfo#error()} says why. */
  FAILED
}
