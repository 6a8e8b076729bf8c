package dev.mochi.core.data;

/** Who and where a session is: the platform account, its display name, the channel and the guild (empty when private). */
record Identity(String platform, String userId, String name, String channelId, String guildId) {}
