package dev.mochi.core.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.api.PluginException;
import dev.mochi.api.plugin.InvalidConfigException;
import dev.mochi.api.plugin.PluginConfig;
import dev.mochi.api.plugin.PluginInfo;
import dev.mochi.api.plugin.PluginState;
import dev.mochi.api.plugin.Plugins;
import dev.mochi.core.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.pf4j.PluginRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Plugins} service: the jars of the {@link PluginHost} and the {@link CodePlugins}, behind one interface.
 * An id is a jar's plugin id or, for a plugin from code, its name; a jar's id wins when both exist.
 *
 * <p>{@link #configure} validates the new section against the plugin's record first (nothing changes when it does not
 * fit), saves it ({@link PluginSections}: in place in {@code bot.yml}), then applies the plugin again. When a plugin
 * that was running fails to apply with the new section, the old section is saved and applied again and the new one
 * is refused, so a refused configuration never leaves the plugin down.
 */
public final class PluginsService implements Plugins {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.plugins");
  private static final Pattern JAR_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*\\.jar");

  private final Supplier<PluginHost> host;
  private final CodePlugins code;
  private final PluginSections sections;
  private final ObjectMapper mapper;
  private final Object lock = new Object();

  /**
   * @param host the plugin host (made on first use)
   * @param mapper turns a configuration value given as maps and lists into a section
   */
  public PluginsService(Supplier<PluginHost> host, CodePlugins code, PluginSections sections, ObjectMapper mapper) {
    this.host = host;
    this.code = code;
    this.sections = sections;
    this.mapper = mapper;
  }

  @Override public List<PluginInfo> list() {
    List<PluginInfo> out = new ArrayList<>();
    host.get().list().forEach(i -> out.add(ApiInfos.of(i)));
    out.addAll(code.list());
    return out;
  }

  @Override public Optional<PluginInfo> find(String id) {
    Optional<PluginInfo> jar = host.get().info(id).map(ApiInfos::of);
    return jar.isPresent() ? jar : code.find(id);
  }

  private boolean isJar(String id) { return host.get().info(id).isPresent(); }

  @Override public PluginInfo reload(String id) {
    synchronized (lock) {
      return isJar(id) || code.find(id).isEmpty() ? ApiInfos.of(host.get().reload(id)) : code.reload(id);
    }
  }

  @Override public PluginInfo enable(String id) {
    synchronized (lock) {
      return isJar(id) || code.find(id).isEmpty() ? ApiInfos.of(host.get().enable(id)) : code.enable(id);
    }
  }

  @Override public PluginInfo disable(String id) {
    synchronized (lock) {
      return isJar(id) || code.find(id).isEmpty() ? ApiInfos.of(host.get().disable(id)) : code.disable(id);
    }
  }

  @Override public PluginInfo install(Path jar) {
    synchronized (lock) {
      try {
        return ApiInfos.of(host.get().install(jar));
      } catch (PluginRuntimeException e) {
        throw new PluginException(String.valueOf(jar.getFileName()), "is not a plugin jar: " + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw new PluginException(String.valueOf(jar.getFileName()), e.getMessage(), e);
      }
    }
  }

  @Override public PluginInfo install(String fileName, byte[] content) {
    if (!JAR_NAME.matcher(fileName).matches()) {
      throw new PluginException(fileName, "is not a plain jar file name (letters, digits, '.', '_' and '-', ending in "
          + ".jar, no directories)");
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("mochi-upload");
      Path jar = Files.write(dir.resolve(fileName), content);
      return install(jar);
    } catch (IOException e) {
      throw new PluginException(fileName, "cannot be written for installing: " + e.getMessage(), e);
    } finally {
      deleteQuietly(dir, fileName);
    }
  }

  private static void deleteQuietly(Path dir, String fileName) {
    if (dir == null) return;
    try {
      Files.deleteIfExists(dir.resolve(fileName));
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      LOG.warn("Could not delete the upload of {} in {}: {}", fileName, dir, e.getMessage());
    }
  }

  @Override public void uninstall(String id) {
    synchronized (lock) {
      if (!isJar(id) && code.find(id).isPresent()) {
        throw new PluginException(id, "was applied from code, not from a jar; it cannot be uninstalled (disable it instead)");
      }
      host.get().uninstall(id);
    }
  }

  @Override public PluginConfig config(String name) {
    synchronized (lock) {
      PluginHost jars = host.get();
      if (jars.owns(name)) {
        return new PluginConfig(name, tree(jars.schema(name)), tree(jars.section(name)));
      }
      var plugin = code.plugin(name).orElseThrow(() -> unknown(name));
      return new PluginConfig(name, tree(code.binder().schema(plugin)), tree(code.section(name)));
    }
  }

  @Override public PluginInfo configure(String name, Map<String, Object> value) {
    JsonNode node = mapper.valueToTree(value);
    if (!(node instanceof ObjectNode section)) throw new InvalidConfigException(name, "", "the configuration must be a section");
    synchronized (lock) {
      PluginHost jars = host.get();
      boolean jar = jars.owns(name);
      if (!jar && code.plugin(name).isEmpty()) throw unknown(name);
      try {
        if (jar) jars.validate(name, section);
        else code.validate(name, section);
      } catch (ConfigException e) {
        throw invalid(name, e);
      }
      ObjectNode old = jar ? jars.section(name) : code.section(name);
      PluginState was = (jar ? jars.list().stream().filter(p -> p.plugins().contains(name)).findFirst().map(ApiInfos::of)
          : code.find(name)).map(PluginInfo::state).orElse(PluginState.FAILED);
      sections.use(name, section);
      PluginInfo now = reapply(jar, name);
      if (now.state() == PluginState.FAILED && was == PluginState.ACTIVE) {
        String why = now.error().orElse("");
        PluginInfo back = restore(jar, name, old);
        LOG.warn("Plugin '{}' failed with its new configuration ({}); it runs with the previous one again ({})", name, why,
            back.state().name().toLowerCase());
        throw new InvalidConfigException(name, "", "it failed to apply with this configuration (" + why
            + "); it runs with its previous configuration");
      }
      try {
        sections.write(name, section);
      } catch (ConfigException e) {
        restore(jar, name, old);
        throw new PluginException(name, e.getMessage() + " It runs with its previous configuration.", e);
      }
      return now;
    }
  }

  private PluginInfo reapply(boolean jar, String name) {
    return jar ? ApiInfos.of(host.get().reapply(name)) : code.reconfigure(name);
  }

  private PluginInfo restore(boolean jar, String name, ObjectNode old) {
    sections.use(name, old);
    return reapply(jar, name);
  }

  /** The refusal with the key inside the plugin's section and the message without the section's prefix. */
  private static InvalidConfigException invalid(String name, ConfigException e) {
    String prefix = "plugins." + name;
    String key = e.key() == null ? "" : e.key();
    if (key.startsWith(prefix)) key = key.substring(prefix.length());
    if (key.startsWith(".")) key = key.substring(1);
    String message = e.getMessage();
    if (message.startsWith(prefix + ": ")) message = message.substring(prefix.length() + 2);
    InvalidConfigException refused = new InvalidConfigException(name, key, message);
    refused.initCause(e);
    return refused;
  }

  private PluginException unknown(String name) {
    List<String> names = list().stream().flatMap(p -> p.plugins().stream()).distinct().toList();
    return new PluginException(name, "no plugin of that name; known: " + (names.isEmpty() ? "none" : String.join(", ", names)));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> tree(ObjectNode node) {
    return mapper.convertValue(node, Map.class);
  }
}
