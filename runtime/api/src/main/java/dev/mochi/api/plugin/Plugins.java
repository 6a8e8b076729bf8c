package dev.mochi.api.plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plugins of the running bot, and what an owner does with them (a service: reach it with
 * {@code ctx.get(Plugins.class)}). Operations run one at a time and return once the plugin is active (or failed)
 * again; {@link dev.mochi.api.Events#PLUGIN_STATE} tells every change.
 *
 * <p>Operations on a plugin that does not exist, or that cannot do what is asked (installing over a plugin applied
 * from code), throw a {@link dev.mochi.api.PluginException} that says why. A plugin that fails to load does not
 * throw: it comes back {@link PluginState#FAILED} with its error.
 *
 * <pre>{@code
 * Plugins plugins = ctx.get(Plugins.class).orElseThrow();
 * plugins.configure("lottery", Map.of("max-items", 5));   // validated, re-applied, written to bot.yml
 * plugins.reload("weather");                              // after replacing plugins/weather-1.1.jar
 * }</pre>
 */
public interface Plugins {

  /** Every plugin: jars in the order they were found, then the plugins applied from code. */
  List<PluginInfo> list();

  /** One plugin by id; empty when none has it. */
  Optional<PluginInfo> find(String id);

  /**
   * Unloads the plugin and those depending on it, then loads them again (from their jars, picking up a replaced
   * jar; a plugin from code is applied again with its current configuration).
   *
   * @throws dev.mochi.api.PluginException when there is no such plugin, or it is disabled
   */
  PluginInfo reload(String id);

  /**
   * Loads a disabled (or failed) plugin. A jar's enabled state is remembered across restarts; a plugin from code is
   * enabled again at every start.
   *
   * @throws dev.mochi.api.PluginException when there is no such plugin
   */
  PluginInfo enable(String id);

  /**
   * Unloads a plugin (those depending on it fail) and remembers, for a jar across restarts, that it is disabled.
   *
   * @throws dev.mochi.api.PluginException when there is no such plugin
   */
  PluginInfo disable(String id);

  /**
   * Copies a jar into the plugin directory (replacing the jar of the same id) and loads it.
   *
   * @throws dev.mochi.api.PluginException when the file is not a plugin jar, or it cannot be copied
   */
  PluginInfo install(Path jar);

  /**
   * Writes {@code content} as {@code fileName} into the plugin directory (replacing the jar of the same id) and
   * loads it: what an upload from the console does.
   *
   * @param fileName a plain file name ending in {@code .jar}, no directories
   * @throws dev.mochi.api.PluginException when the name is not a plain {@code .jar} name, the content is not a
   *     plugin jar, or it cannot be written
   */
  PluginInfo install(String fileName, byte[] content);

  /**
   * Unloads a jar (plugins depending on it fail) and deletes it from the plugin directory.
   *
   * @throws dev.mochi.api.PluginException when there is no such jar (a plugin from code cannot be uninstalled)
   */
  void uninstall(String id);

  /**
   * One plugin's configuration schema and current value.
   *
   * @param name a name from {@link PluginInfo#plugins()}
   * @throws dev.mochi.api.PluginException when no plugin of that name is known, or it is not active (its schema is
   *     read from its classes)
   */
  PluginConfig config(String name);

  /**
   * Validates {@code value} against plugin {@code name}'s config record, applies the plugin again with it in a fresh
   * scope (its old scope is disposed first) and writes it to the configuration file the bot was started from, so it
   * survives a restart: only that plugin's section changes, the file's comments and layout stay as they were. A bot
   * started without a file keeps the value in memory.
   *
   * @param value the whole section, kebab-case keys as in {@code bot.yml}; values {@code Map}, {@code List},
   *     {@code String}, {@code Number}, {@code Boolean}
   * @return the plugin after it was applied again
   * @throws InvalidConfigException when the value does not fit the record; the plugin keeps its old configuration
   * @throws dev.mochi.api.PluginException when no plugin of that name is known, or the file cannot be written
   */
  PluginInfo configure(String name, Map<String, Object> value);
}
