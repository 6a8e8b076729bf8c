package dev.mochi.discord.fake;

/**
 * A slash command a user used: its interaction id and token (the bot answers through both), who used it where, and
 * when the fake created it ({@link System#nanoTime()}; Discord refuses a first answer after 3 seconds).
 */
public record FakeInteraction(String id, String token, String command, FakeUser user, FakeChannel channel,
                              long createdNanos) {}
