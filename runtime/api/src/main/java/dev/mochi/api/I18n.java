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

  /** Adds texts for a locale (e.g. {@code "en-US"}); belongs to the calling plugin's scope. */
  Disposable define(String locale, Map<String, String> texts);

  /** Adds texts for a locale from a {@code .properties} (UTF-8) stream. */
  Disposable define(String locale, InputStream properties);

  /** Renders a key in a locale. */
  String render(String locale, String key, Object... args);

  /** The default locale of the bot ({@code locale} in {@code bot.yml}). */
  String defaultLocale();
}
