package dev.mochi.api.adapter;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An incoming message as an adapter saw it. {@code content} is the message's text form (see
 * {@link dev.mochi.api.message.Message}): build it from elements, or escape what the user typed with
 * {@code Message.text(typed).toString()}, so that {@code <}, {@code >} and {@code &} the user typed stay text. The
 * runtime brings it to the canonical form before anything reads it. {@code guildId} is empty for a private message.
 */
public record Inbound(String userId, String channelId, Optional<String> guildId, String messageId,
                      String content, Instant timestamp, String author) {

  public Inbound {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(guildId, "guildId");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(author, "author");
  }

  /** A private message. */
  public static Inbound direct(String userId, String messageId, String content) {
    return new Inbound(userId, "private:" + userId, Optional.empty(), messageId, content, Instant.now(), userId);
  }

  /** A message in a guild channel. */
  public static Inbound guild(String userId, String channelId, String guildId, String messageId, String content) {
    return new Inbound(userId, channelId, Optional.of(guildId), messageId, content, Instant.now(), userId);
  }

  public boolean isDirect() { return guildId.isEmpty(); }
}
