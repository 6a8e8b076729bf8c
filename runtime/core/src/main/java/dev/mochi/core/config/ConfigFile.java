package dev.mochi.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The {@code bot.yml} a bot was started from, as a place to write a plugin's section back to. Only that section's
 * lines change ({@link SectionEditor}); the result is read again and must read as the old file with just that section
 * replaced, or nothing is written. The file is replaced atomically (written beside it, then moved over it), so a crash
 * leaves the old file or the new one, never half of each.
 */
public final class ConfigFile {
  private final Path file;
  private final ConfigLoader loader;

  public ConfigFile(Path file, ConfigLoader loader) {
    this.file = file.toAbsolutePath().normalize();
    this.loader = loader;
  }

  /** The file. */
  public Path path() { return file; }

  /**
   * Plugin {@code name}'s section as the file says now (an owner may have edited it since the start).
   *
   * @throws ConfigException when the file cannot be read or is not a valid configuration any more
   */
  public ObjectNode readSection(String name) {
    String text;
    try {
      text = Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new ConfigException("Cannot read " + file + " to reload plugin '" + name + "': " + e.getMessage(), "plugins." + name, e);
    }
    return loader.parse(text, file.getFileName().toString()).pluginSection(name);
  }

  /**
   * Writes plugin {@code name}'s section as {@code section}, keeping every other line.
   *
   * @throws ConfigException when the file cannot be read, edited in place or written; it is then unchanged
   */
  public void writeSection(String name, ObjectNode section) {
    String text;
    try {
      text = Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new ConfigException("Cannot read " + file + " to save plugin '" + name + "': " + e.getMessage(), "plugins." + name, e);
    }
    AppConfig before = loader.parse(text, file.getFileName().toString());
    String edited = SectionEditor.replace(text, name, before.pluginSection(name), section);
    check(name, section, before, edited);
    Path temp = file.resolveSibling(file.getFileName() + ".saving");
    try {
      Files.writeString(temp, edited);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the failure below is what the operator needs to see
      }
      throw new ConfigException("Cannot write " + file + " to save plugin '" + name + "': " + e.getMessage(), "plugins." + name, e);
    }
  }

  /** The edited text must read as the old configuration with only {@code name}'s section replaced. */
  private void check(String name, ObjectNode section, AppConfig before, String edited) {
    AppConfig after;
    try {
      after = loader.parse(edited, file.getFileName().toString());
    } catch (ConfigException e) {
      throw refused(name, e.getMessage());
    }
    ObjectNode empty = JsonNodeFactory.instance.objectNode();
    boolean rest = after.withPlugins(after.plugins().with(name, empty)).equals(before.withPlugins(before.plugins().with(name, empty)));
    if (!rest || !canonical(after.pluginSection(name)).equals(canonical(section))) {
      throw refused(name, rest ? "the section did not read back as written" : "other keys would have changed");
    }
  }

  private ConfigException refused(String name, String why) {
    return new ConfigException("Cannot change plugin '" + name + "' in " + file + " in place (" + why
        + "); the file is unchanged. Edit plugins." + name + " by hand.", "plugins." + name, (Throwable) null);
  }

  /** The same numbers compare equal whatever node type holds them (3 as an int or a long). */
  private JsonNode canonical(JsonNode node) {
    try {
      return loader.mapper().readTree(loader.mapper().writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
