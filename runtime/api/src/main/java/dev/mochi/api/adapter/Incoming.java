package dev.mochi.api.adapter;

import java.time.Instant;
import java.util.Optional;

/**
 * What an adapter hands to {@link dev.mochi.api.Context#dispatch(Bot, Incoming)}: a chat message ({@link Inbound}) or
 * a platform's command interaction ({@link Interaction}, e.g. a Discord slash command). Both become a session that
 * runs the whole pipeline: the {@code message} event, the middleware chain, the command with its authority checks
 * and declared fields, and the flush at the end.
 */
public sealed interface Incoming permits Inbound, Interaction {

  /** The platform id of the user who sent it. */
  String userId();

  /** The channel it came from; for a private chat the platform's private channel id (never empty). */
  String channelId();

  /** The guild (server) it came from; empty for a private chat. */
  Optional<String> guildId();

  /** The platform's id of the message or interaction. */
  String messageId();

  /** When the platform received it. */
  Instant timestamp();

  /** The author's display name as the platform gave it (the user id when the platform gives none). */
  String author();

  /** Whether it came from a private (direct) chat: {@link #guildId()} is empty. */
  default boolean isDirect() {
    return guildId().isEmpty();
  }
}
