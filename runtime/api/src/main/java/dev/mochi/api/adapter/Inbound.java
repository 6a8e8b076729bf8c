package dev.mochi.api.adapter;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An incoming chat message as an adapter saw it. {@code content} is the message in its text form (see
 * {@link dev.mochi.api.message.Message}): build it from elements, or escape what the user typed with
 * {@code Message.text(typed).toString()}, so that {@code <}, {@code >} and {@code &} the user typed stay text. The
 * runtime brings it to the canonical form before anything reads it. Mentions, channels, quotes, images, files and
 * custom emoji are elements ({@code <at id="1"/>}, {@code <sharp id="2"/>}, {@code <quote id="3"/>},
 * {@code <img src="…"/>}, {@code <file src="…"/>}, {@code <face id="4" name="wave"/>}), so nothing is lost.
 *
 * @param userId the sender's platform id
 * @param channelId the channel; for a private chat the platform's private channel id
 * @param guildId the guild; empty for a private message
 * @param messageId the platform's message id
 * @param content the text form of the message
 * @param timestamp when the platform received it
 * @param author the sender's display name (the user id when the platform gives none)
 */
public record Inbound(String userId, String channelId, Optional<String> guildId, String messageId,
                      String content, Instant timestamp, String author) implements Incoming {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException naming the component that is null
   */
  public Inbound {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(guildId, "guildId");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(author, "author");
  }

  /** A private message received now, in channel {@code private:<userId>}, authored by {@code userId}. */
  public static Inbound direct(String userId, String messageId, String content) {
    return new Inbound(userId, "private:" + userId, Optional.empty(), messageId, content, Instant.now(), userId);
  }

  /** A message received now in a guild channel, authored by {@code userId}. */
  public static Inbound guild(String userId, String channelId, String guildId, String messageId, String content) {
    return new Inbound(userId, channelId, Optional.of(guildId), messageId, content, Instant.now(), userId);
  }

  /** The same message with another content (the other components unchanged). */
  public Inbound withContent(String content) {
    return new Inbound(userId, channelId, guildId, messageId, content, timestamp, author);
  }
}
