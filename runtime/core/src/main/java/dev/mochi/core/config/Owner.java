package dev.mochi.core.config;

/**
 * One entry of {@code owners} in {@code bot.yml}: a platform account written {@code platform:id}
 * ({@code discord:123456789012345678}, {@code sandbox:alice}) that gets authority 5 at every start.
 */
public record Owner(String platform, String id) {
  static final String EXPECTED = "platform:id, such as discord:123456789012345678 or sandbox:alice";

  /** Reads {@code platform:id}; anything else is a {@link ConfigException} saying what is expected. */
  public static Owner parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1 || text.strip().length() != text.length()) {
      throw new ConfigException("owners", EXPECTED, "'" + text + "'");
    }
    return new Owner(text.substring(0, colon), text.substring(colon + 1));
  }

  @Override public String toString() { return platform + ":" + id; }
}
