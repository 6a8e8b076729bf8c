package dev.mochi.api.plugin;

import java.util.Map;

/**
 * One plugin's configuration, for the console's form.
 *
 * @param name the plugin's name (its key under {@code plugins:} in {@code bot.yml})
 * @param schema the JSON schema (draft 2020-12) of its config record, as a tree of {@code Map}, {@code List},
 *     {@code String}, {@code Number}, {@code Boolean}; each property carries its {@code default} when the record has
 *     one
 * @param value the section it is applied with now, as written (kebab-case keys; defaults not filled in)
 */
public record PluginConfig(String name, Map<String, Object> schema, Map<String, Object> value) {}
