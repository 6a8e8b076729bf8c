package dev.mochi.api.sandbox;

import java.util.Objects;
import java.util.Optional;

/**
 * A user of the sandbox platform, played by an owner from the console or the terminal.
 *
 * @param id the user's id on platform {@code sandbox}
 * @param name the display name sessions report as {@code author()}
 * @param authority when given, the user's authority is set to it when they join
 * @param channel a guild channel (also the guild's id) to speak in; empty for a private chat with the bot
 */
public record VirtualUser(String id, String name, Optional<Integer> authority, Optional<String> channel) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException when the id is blank or the authority is outside 0–5
   */
  public VirtualUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(channel, "channel");
    if (id.isBlank()) throw new IllegalArgumentException("a virtual user needs an id");
    authority.ifPresent(a -> {
      if (a < 0 || a > 5) throw new IllegalArgumentException("authority must be 0 to 5, got " + a);
    });
  }

  /** A user in a private chat, named after its id, authority unchanged. */
  public static VirtualUser direct(String id) {
    return new VirtualUser(id, id, Optional.empty(), Optional.empty());
  }

  /** A user in a guild channel, named after its id, authority unchanged. */
  public static VirtualUser inChannel(String id, String channel) {
    return new VirtualUser(id, id, Optional.empty(), Optional.of(channel));
  }

  /** This user with an authority to set when they join. */
  public VirtualUser withAuthority(int authority) {
    return new VirtualUser(id, name, Optional.of(authority), channel);
  }

  /** This user with another display name. */
  public VirtualUser withName(String name) {
    return new VirtualUser(id, name, authority, channel);
  }
}
