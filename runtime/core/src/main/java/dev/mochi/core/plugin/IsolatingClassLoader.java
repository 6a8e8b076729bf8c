package dev.mochi.core.plugin;

import java.util.List;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin jar's class loader with Mochi's policy: the packages plugins and host must share ({@code java.*},
 * the Mochi API, SLF4J, Jackson annotations, jOOQ, PF4J) always come from the host, so a plugin that bundles its
 * own copy of one of them still talks to the host with the host's classes. Everything else is looked up in the
 * plugin's jar first, then in the jars it depends on, then in the host, so two plugins can bundle different
 * versions of one library.
 */
final class IsolatingClassLoader extends PluginClassLoader {
  /** Package prefixes that always come from the host. */
  static final List<String> HOST_FIRST = List.of(
      "java.", "dev.mochi.api.", "org.slf4j.", "com.fasterxml.jackson.annotation.", "org.jooq.", "org.pf4j.");

  private final String pluginId;

  IsolatingClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader host) {
    super(manager, descriptor, host, ClassLoadingStrategy.PDA);
    this.pluginId = descriptor.getPluginId();
  }

  @Override protected boolean shouldDelegateToParent(String className) {
    return isHostFirst(className);
  }

  static boolean isHostFirst(String className) {
    for (String prefix : HOST_FIRST) {
      if (className.startsWith(prefix)) return true;
    }
    return false;
  }

  @Override public String toString() {
    return "IsolatingClassLoader[" + pluginId + "]";
  }
}
