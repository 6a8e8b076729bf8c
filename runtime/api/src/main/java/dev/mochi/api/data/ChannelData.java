package dev.mochi.api.data;

import java.util.Optional;

/** The observed channel (table {@code channel}, keyed by platform and id). Extend it like {@link UserData}. */
public interface ChannelData extends Observed {

  /** The channel's platform id. */
  String id();

  /** The platform's name. */
  String platform();

  /** The guild the channel belongs to; empty for a private channel. */
  Optional<String> guildId();

  /** The self id of the bot assigned to answer in this channel; empty when any bot may. */
  Optional<String> assignee();
}
