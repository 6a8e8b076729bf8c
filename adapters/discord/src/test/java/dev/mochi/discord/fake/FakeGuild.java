package dev.mochi.discord.fake;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A guild on the fake server: its text channels and members (the bot is always one). */
public final class FakeGuild {
  private final String id;
  private final String name;
  final List<FakeChannel> channels = new CopyOnWriteArrayList<>();
  final List<FakeUser> members = new CopyOnWriteArrayList<>();

  FakeGuild(String id, String name) {
    this.id = id;
    this.name = name;
  }

  public String id() { return id; }

  public String name() { return name; }

  /** Adds a text channel. */
  public FakeChannel textChannel(String name) {
    FakeChannel channel = new FakeChannel(Snowflakes.next(), id, name);
    channels.add(channel);
    return channel;
  }

  /** Makes {@code user} a member. */
  public FakeGuild member(FakeUser user) {
    if (!members.contains(user)) members.add(user);
    return this;
  }

  /** The shard that receives this guild's events: (id >> 22) % total, as Discord computes it. */
  int shard(int total) { return (int) ((Long.parseLong(id) >>> 22) % total); }
}
