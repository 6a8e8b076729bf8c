package dev.mochi.api;

import java.io.InputStream;
import java.util.Map;

/**
 * Localized texts. {@code en-US} and {@code zh-CN} are built in; plugins add theirs. Placeholders are
 * {@code {0}}, {@code {1}} … for positional arguments and {@code {name}} for a {@link Map} argument.
 * Lookup falls back from the session's locale to its language, then to the default locale, then to
 * {@code en-US}; a key found nowhere is logged once and rendered as the key itself.
 */
public interface I18n {

  /**
   * Adds texts for a locale (e.g. {@code "en-US"}); they belong to the calling plugin's scope and go away with it.
   * For a key defined several times, the newest definition wins.
   */
  Disposable define(String locale, Map<String, String> texts);

  /**
   * Adds texts for a locale from a {@code .properties} stream (read as UTF-8, then closed).
   *
   * @throws IllegalArgumentException when the stream cannot be read
   */
  Disposable define(String locale, InputStream properties);

  /**
   * Loads the locale files that sit beside {@code anchor} in its jar: {@code <locale>.properties} in
   * {@code anchor}'s package, for every locale the runtime speaks ({@code en-US}, {@code zh-CN} and the bot's
   * default locale). What a plugin's {@code apply} usually starts with:
   *
   * <pre>{@code ctx.i18n().load(Lottery.class);   // dev/mochi/plugin/lottery/en-US.properties, zh-CN.properties}</pre>
   *
   * Command and option descriptions come from the same files: {@code commands.<name>.description},
   * {@code commands.<name>.options.<option>} and {@code commands.<name>.arguments.<argument>}.
   *
   * @return disposes every layer it added
   * @throws dev.mochi.api.PluginException when no locale file is found beside {@code anchor}, or one cannot be read
   */
  Disposable load(Class<?> anchor);

  /** Renders a key in a locale (see the class comment for fallbacks and placeholders). */
  String render(String locale, String key, Object... args);

  /** Whether {@code key} is defined for {@code locale} or one of its fallbacks. */
  boolean has(String locale, String key);

  /** The default locale of the bot ({@code locale} in {@code bot.yml}). */
  String defaultLocale();
}
