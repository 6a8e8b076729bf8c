package dev.mochi.core.plugin;

import dev.mochi.api.Plugin;

/** The Mochi version plugin descriptors' {@code Plugin-Requires} is checked against. */
final class MochiVersion {
  /** Used when the API jar carries no {@code Implementation-Version} (running from class directories). */
  static final String FALLBACK = "0.1.0";

  private MochiVersion() {}

  static String current() {
    String v = Plugin.class.getPackage().getImplementationVersion();
    if (v == null || v.isBlank()) return FALLBACK;
    int dash = v.indexOf('-');
    return dash > 0 ? v.substring(0, dash) : v;
  }
}
