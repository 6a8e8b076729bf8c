package dev.mochi.core.plugin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.VersionManager;

/**
 * Checks a batch of jars against what is available before any of them is loaded, so each problem is reported
 * with the plugin that has it, the id and version range it needs, and what is installed instead. A jar whose
 * dependency has a problem has one too.
 */
final class Requirements {
  private final VersionManager versions;
  private final String systemVersion;

  Requirements(VersionManager versions, String systemVersion) {
    this.versions = versions;
    this.systemVersion = systemVersion;
  }

  /**
   * The problems of each candidate, by id. {@code available} maps the ids that are (or will be) loaded to their
   * versions; candidates are part of it.
   */
  Map<String, String> problems(Map<String, PluginDescriptor> candidates, Map<String, String> available) {
    Map<String, String> problems = new LinkedHashMap<>();
    for (PluginDescriptor d : candidates.values()) {
      String requires = d.getRequires() == null ? "" : d.getRequires().trim();
      if (!requires.isEmpty() && !"*".equals(requires)) {
        String range = requires.matches("^\\d+\\.\\d+\\.\\d+$") ? ">=" + requires : requires;
        if (!versions.checkVersionConstraint(systemVersion, range)) {
          problems.put(d.getPluginId(), "needs Mochi " + range + " but this is Mochi " + systemVersion
              + "; install a version of the plugin built for Mochi " + systemVersion);
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (PluginDescriptor d : candidates.values()) {
        if (problems.containsKey(d.getPluginId())) continue;
        String problem = dependencyProblem(d, candidates, available, problems);
        if (problem != null) {
          problems.put(d.getPluginId(), problem);
          changed = true;
        }
      }
    }
    return problems;
  }

  private String dependencyProblem(PluginDescriptor d, Map<String, PluginDescriptor> candidates,
      Map<String, String> available, Map<String, String> problems) {
    for (PluginDependency dep : d.getDependencies()) {
      if (dep.isOptional()) continue;
      String id = dep.getPluginId();
      String range = dep.getPluginVersionSupport();
      String wanted = "*".equals(range) ? "plugin '" + id + "'" : "plugin '" + id + "' version " + range;
      String installed = available.get(id);
      if (installed == null) {
        return "needs " + wanted + ", which is not installed; put its jar into the plugin directory";
      }
      if (!"*".equals(range) && !versions.checkVersionConstraint(installed, range)) {
        return "needs " + wanted + ", but '" + id + "' " + installed + " is installed";
      }
      if (candidates.containsKey(id) && problems.containsKey(id)) {
        return "needs plugin '" + id + "', which cannot load: " + problems.get(id);
      }
    }
    return null;
  }
}
