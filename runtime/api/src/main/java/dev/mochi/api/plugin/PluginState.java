package dev.mochi.api.plugin;

/** Where a plugin stands. */
public enum PluginState {
  /** Loaded and applied: its commands answer. */
  ACTIVE,
  /** Not applied because an operator disabled it. */
  DISABLED,
  /** Not applied because loading or applying it failed; {@link PluginInfo#error()} says why. */
  FAILED
}
