package dev.mochi.core;

import dev.mochi.core.config.ConfigException;
import dev.mochi.core.config.ConfigLoader;

/** The launcher's package-private steps, for tests in other packages. */
public final class LauncherAccess {
  private LauncherAccess() {}

  public static ConfigException located(ConfigException e, ConfigLoader.Loaded loaded) {
    return Launcher.located(e, loaded);
  }
}
