package dev.mochi.core.i18n;

import dev.mochi.api.Disposable;
import dev.mochi.api.I18n;
import dev.mochi.api.PluginException;
import dev.mochi.core.scope.PluginScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's texts. Each {@link #define} call adds a layer owned by a scope; a later layer wins for the keys it
 * defines, and disposing the scope removes its layer. Lookup order: the exact locale, its language
 * ({@code zh-CN} → {@code zh}), the bot's default locale, {@code en-US}.
 */
public final class I18nService {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.i18n");

  private final String defaultLocale;
  private final Map<String, List<Layer>> layers = new ConcurrentHashMap<>();
  private final Set<String> missingLogged = ConcurrentHashMap.newKeySet();

  private record Layer(Map<String, String> texts) {}

  public I18nService(String defaultLocale) {
    this.defaultLocale = defaultLocale;
    loadBuiltIn("en-US");
    loadBuiltIn("zh-CN");
  }

  private void loadBuiltIn(String locale) {
    try (InputStream in = I18nService.class.getResourceAsStream(locale + ".properties")) {
      if (in != null) add(locale, read(in));
    } catch (IOException e) {
      throw new IllegalStateException("Built-in texts for " + locale + " are unreadable", e);
    }
  }

  public String defaultLocale() { return defaultLocale; }

  /** Adds texts owned by {@code scope} (null: owned by the app). */
  public Disposable define(PluginScope scope, String locale, Map<String, String> texts) {
    Layer layer = add(locale, texts);
    Disposable remove = () -> layers.getOrDefault(normalize(locale), List.of()).remove(layer);
    return scope == null ? remove : scope.track(remove);
  }

  /** Adds texts from a UTF-8 {@code .properties} stream. */
  public Disposable define(PluginScope scope, String locale, InputStream properties) {
    try (properties) {
      return define(scope, locale, read(properties));
    } catch (IOException e) {
      throw new IllegalArgumentException("Texts for " + locale + " could not be read: " + e.getMessage(), e);
    }
  }

  private Layer add(String locale, Map<String, String> texts) {
    Layer layer = new Layer(Map.copyOf(texts));
    layers.computeIfAbsent(normalize(locale), k -> new CopyOnWriteArrayList<>()).add(layer);
    return layer;
  }

  /** Renders {@code key} in {@code locale}; a key found nowhere is logged once and rendered as itself. */
  public String render(String locale, String key, Object... args) {
    for (String candidate : fallbacks(locale)) {
      String text = lookup(candidate, key);
      if (text != null) return Templates.format(candidate, text, args);
    }
    if (missingLogged.add(key)) {
      LOG.warn("Missing text '{}' (locale {}); define it with ctx.i18n().define(locale, Map.of(\"{}\", \"...\"))",
          key, locale, key);
    }
    return key;
  }

  /** Whether any locale defines {@code key}. */
  public boolean has(String locale, String key) {
    for (String candidate : fallbacks(locale)) {
      if (lookup(candidate, key) != null) return true;
    }
    return false;
  }

  private String lookup(String locale, String key) {
    List<Layer> list = layers.get(locale);
    if (list == null) return null;
    for (int i = list.size() - 1; i >= 0; i--) {
      String text = list.get(i).texts().get(key);
      if (text != null) return text;
    }
    return null;
  }

  private List<String> fallbacks(String locale) {
    List<String> out = new ArrayList<>(4);
    String exact = normalize(locale == null ? defaultLocale : locale);
    out.add(exact);
    int dash = exact.indexOf('-');
    if (dash > 0) out.add(exact.substring(0, dash));
    String def = normalize(defaultLocale);
    if (!out.contains(def)) out.add(def);
    if (!out.contains("en-US")) out.add("en-US");
    return out;
  }

  static String normalize(String locale) {
    String l = locale.replace('_', '-');
    int dash = l.indexOf('-');
    if (dash < 0) return l.toLowerCase();
    return l.substring(0, dash).toLowerCase() + "-" + l.substring(dash + 1).toUpperCase();
  }

  private static Map<String, String> read(InputStream in) throws IOException {
    Properties p = new Properties();
    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : p.stringPropertyNames()) out.put(name, p.getProperty(name));
    return out;
  }

  /** The locales {@link #load} looks for: the built-in ones and the bot's default. */
  List<String> locales() {
    List<String> out = new ArrayList<>(List.of("en-US", "zh-CN"));
    String def = normalize(defaultLocale);
    if (!out.contains(def)) out.add(def);
    return out;
  }

  /**
   * Loads {@code <locale>.properties} beside {@code anchor} for every locale of {@link #locales()}; the layers belong
   * to {@code scope} (null: to the app).
   *
   * @throws PluginException naming {@code plugin} when no file is found or one cannot be read
   */
  public Disposable load(PluginScope scope, String plugin, Class<?> anchor) {
    List<Disposable> added = new ArrayList<>();
    String dir = anchor.getPackageName().replace('.', '/') + "/";
    for (String locale : locales()) {
      InputStream in = anchor.getResourceAsStream(locale + ".properties");
      if (in == null) continue;
      try {
        added.add(define(scope, locale, in));
      } catch (IllegalArgumentException e) {
        added.forEach(Disposable::dispose);
        throw new PluginException(plugin, "the texts " + dir + locale + ".properties cannot be read: " + e.getMessage(), e);
      }
    }
    if (added.isEmpty()) {
      throw new PluginException(plugin, "no locale files beside " + anchor.getName() + "; expected " + dir
          + "en-US.properties (and zh-CN.properties) in the jar");
    }
    return () -> added.forEach(Disposable::dispose);
  }

  /** The {@link I18n} a plugin sees: definitions belong to its scope. */
  public I18n view(PluginScope scope) {
    return new I18n() {
      @Override public Disposable define(String locale, Map<String, String> texts) {
        return I18nService.this.define(scope, locale, texts);
      }

      @Override public Disposable define(String locale, InputStream properties) {
        return I18nService.this.define(scope, locale, properties);
      }

      @Override public Disposable load(Class<?> anchor) {
        return I18nService.this.load(scope, scope.pluginName(), anchor);
      }

      @Override public String render(String locale, String key, Object... args) {
        return I18nService.this.render(locale, key, args);
      }

      @Override public boolean has(String locale, String key) {
        return I18nService.this.has(locale, key);
      }

      @Override public String defaultLocale() { return defaultLocale; }
    };
  }
}
