package dev.mochi.api.data;

/** The observed channel (table {@code channel}, keyed by platform and id). Extend it like {@link UserData}. */
public interface ChannelData extends Observed {
  String id();

  String platform();

  /** The guild id, empty for private channels. */
  String guildId();

  /** The self id of the bot assigned to answer in this channel, empty for any. */
  String assignee();
}
