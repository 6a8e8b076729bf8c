package dev.mochi.core.plugin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.core.config.AppConfig;
import dev.mochi.core.config.ConfigFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configuration section each plugin is applied with: its {@code plugins.<name>} of the configuration the bot
 * started with, unless it was changed since ({@link #save}), in memory and, when the bot was started from a file,
 * in that file (in place, comments kept: {@link ConfigFile}).
 */
public final class PluginSections {
  private final AppConfig config;
  private final Optional<ConfigFile> file;
  private final Map<String, ObjectNode> changed = new ConcurrentHashMap<>();

  public PluginSections(AppConfig config, Optional<ConfigFile> file) {
    this.config = config;
    this.file = file;
  }

  /** The section plugin {@code name} is applied with (a copy; an empty one when there is none). */
  public ObjectNode section(String name) {
    ObjectNode override = changed.get(name);
    return override != null ? override.deepCopy() : config.pluginSection(name);
  }

  /**
   * Makes {@code section} plugin {@code name}'s section: written to the file first (nothing changes when that
   * fails), then used by every later apply.
   *
   * @throws dev.mochi.core.config.ConfigException when the file cannot be changed
   */
  public void save(String name, ObjectNode section) {
    write(name, section);
    use(name, section);
  }

  /** Applies {@code section} from now on, in memory only (until {@link #write} or {@link #save}). */
  void use(String name, ObjectNode section) {
    changed.put(name, section.deepCopy());
  }

  /** Writes {@code section} to the file, if there is one; the file is unchanged when that fails. */
  void write(String name, ObjectNode section) {
    file.ifPresent(f -> f.writeSection(name, section));
  }

  /**
   * Takes plugin {@code name}'s section from the file again, so a reload applies what the owner wrote there since;
   * without a file nothing changes. Throws, changing nothing, when the file no longer reads as a configuration.
   */
  void reread(java.util.Collection<String> names) {
    if (file.isEmpty()) return;
    Map<String, ObjectNode> now = new java.util.HashMap<>();
    for (String name : names) now.put(name, file.get().readSection(name));
    now.forEach(this::use);
  }

  /** The file sections are saved to; empty for a bot started without one. */
  public Optional<Path> file() { return file.map(ConfigFile::path); }
}
