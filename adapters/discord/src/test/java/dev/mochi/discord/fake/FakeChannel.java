package dev.mochi.discord.fake;

/** A text channel of a guild, or a DM channel ({@code guildId} null). */
public record FakeChannel(String id, String guildId, String name) {
  public boolean isDirect() { return guildId == null; }
}
