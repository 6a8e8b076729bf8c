package dev.mochi.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One option value of a slash command a user sends, with Discord's option type: 3 string, 4 integer, 5 boolean,
 * 6 user, 7 channel, 10 number, 11 attachment. Users, channels and attachments also go into the interaction's
 * {@code resolved} data, as Discord sends them.
 */
public record SlashOption(String name, int type, Object value, FakeUser user, FakeChannel channel, ObjectNode attachment) {

  public static SlashOption string(String name, String value) { return new SlashOption(name, 3, value, null, null, null); }

  public static SlashOption integer(String name, long value) { return new SlashOption(name, 4, value, null, null, null); }

  public static SlashOption bool(String name, boolean value) { return new SlashOption(name, 5, value, null, null, null); }

  public static SlashOption number(String name, double value) { return new SlashOption(name, 10, value, null, null, null); }

  public static SlashOption user(String name, FakeUser user) { return new SlashOption(name, 6, user.id(), user, null, null); }

  public static SlashOption channel(String name, FakeChannel channel) {
    return new SlashOption(name, 7, channel.id(), null, channel, null);
  }

  /** An uploaded file, as Discord's CDN holds it. */
  public static SlashOption attachment(String name, String filename, String contentType) {
    String id = Snowflakes.next();
    String url = "https://cdn.discordapp.com/ephemeral-attachments/1/" + id + "/" + filename;
    ObjectNode a = Json.object().put("id", id).put("filename", filename).put("content_type", contentType)
        .put("size", 1234).put("url", url).put("proxy_url", url).put("ephemeral", true);
    if (contentType.startsWith("image/")) a.put("width", 64).put("height", 64);
    return new SlashOption(name, 11, id, null, null, a);
  }

  ObjectNode json() {
    ObjectNode o = Json.object().put("name", name).put("type", type);
    switch (value) {
      case Long l -> o.put("value", l);
      case Double d -> o.put("value", d);
      case Boolean b -> o.put("value", b);
      default -> o.put("value", String.valueOf(value));
    }
    return o;
  }
}
