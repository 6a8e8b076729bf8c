package dev.mochi.discord.fake;

/** A Discord account the fake server knows: a person, another bot, or the bot under test. */
public record FakeUser(String id, String name, boolean bot) {

  /** The user's mention as Discord writes it in message content. */
  public String mention() { return "<@" + id + ">"; }
}
