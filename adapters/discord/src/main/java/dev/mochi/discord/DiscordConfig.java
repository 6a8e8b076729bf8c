package dev.mochi.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The Discord adapter's configuration, {@code plugins.discord} in {@code bot.yml}. Every key has a default, so an
 * empty section (or none) is valid; without a token the adapter stays idle and says so once.
 *
 * <pre>{@code
 * plugins:
 *   discord:
 *     token: ${DISCORD_TOKEN:-}          # from the environment; empty: the adapter stays idle
 *     intents: [GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT]
 *     test-guild: ""                     # register slash commands in this guild only (instant), not globally
 *     shards: { total: 4, from: 0, to: 1 }   # this process runs shards 0 and 1 of 4; absent: all, as Discord advises
 *     accept-bots: false                 # handle messages of other bots too
 *     slash-commands: true               # register the bot's commands as application commands
 *     slash-debounce: 2s                 # wait this long after the last change of the commands before registering
 *     defer-after: 2s                    # defer a slash command's answer when it takes longer (Discord allows 3 s)
 *     rest-url: https://discord.com/api/v10/
 *     gateway-url: wss://gateway.discord.gg
 *     compress: true                     # zlib on the gateway; false for plain JSON frames
 * }</pre>
 *
 * @param token the bot token (Discord developer portal → your application → Bot → Reset Token); write it as
 *     {@code ${DISCORD_TOKEN}} so it stays out of the file
 * @param intents the gateway intents to request, by JDA's names ({@code GUILD_MESSAGES}, {@code guild-messages})
 * @param testGuild a guild id: slash commands are registered there (they appear at once) instead of globally
 * @param shards the shard range this process runs; absent to run every shard in this process
 * @param acceptBots whether messages from other bots become sessions (the bot's own never do)
 * @param slashCommands whether the bot's commands are registered as slash commands at start
 * @param slashDebounce how long the commands must stay unchanged before they are registered (at start, and again
 *     after plugins change them), so several changes give one registration
 * @param deferAfter how long a slash command may run before its interaction is deferred (under Discord's 3 s)
 * @param restUrl the REST API's base URL, ending in {@code /api/v10/} (a REST proxy, or a test server)
 * @param gatewayUrl the gateway's WebSocket URL
 * @param compress whether the gateway stream is zlib-compressed
 */
public record DiscordConfig(String token, List<String> intents, String testGuild, ShardRange shards,
                            Boolean acceptBots, Boolean slashCommands, String restUrl, String gatewayUrl,
                            Boolean compress, Duration slashDebounce, Duration deferAfter) {
  /** Discord's own REST API, version 10. */
  public static final String DISCORD_REST = "https://discord.com/api/v10/";
  /** Discord's own gateway. */
  public static final String DISCORD_GATEWAY = "wss://gateway.discord.gg";
  /** What a bot that reads commands in messages needs. */
  public static final List<String> DEFAULT_INTENTS = List.of("GUILD_MESSAGES", "DIRECT_MESSAGES", "MESSAGE_CONTENT");
  /** The default {@code slash-debounce}. */
  public static final Duration DEFAULT_SLASH_DEBOUNCE = Duration.ofSeconds(2);
  /** The default {@code defer-after}. */
  public static final Duration DEFAULT_DEFER_AFTER = Duration.ofSeconds(2);

  /** Fills every absent key with its default. */
  public DiscordConfig {
    token = token == null ? "" : token.strip();
    intents = intents == null ? DEFAULT_INTENTS : List.copyOf(intents);
    testGuild = testGuild == null ? "" : testGuild.strip();
    acceptBots = acceptBots != null && acceptBots;
    slashCommands = slashCommands == null || slashCommands;
    restUrl = restUrl == null || restUrl.isBlank() ? DISCORD_REST : restUrl.strip();
    gatewayUrl = gatewayUrl == null || gatewayUrl.isBlank() ? DISCORD_GATEWAY : gatewayUrl.strip();
    compress = compress == null || compress;
    slashDebounce = slashDebounce == null ? DEFAULT_SLASH_DEBOUNCE : slashDebounce;
    deferAfter = deferAfter == null ? DEFAULT_DEFER_AFTER : deferAfter;
  }

  /** Every default, no token. */
  public static DiscordConfig defaults() {
    return new DiscordConfig(null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The configured shard range, if any. */
  public Optional<ShardRange> shardRange() { return Optional.ofNullable(shards); }

  /** This configuration with another token. */
  public DiscordConfig withToken(String value) {
    return new DiscordConfig(value, intents, testGuild, shards, acceptBots, slashCommands, restUrl, gatewayUrl,
        compress, slashDebounce, deferAfter);
  }

  /** This configuration with other REST and gateway URLs and compression (a proxy, or a test server). */
  public DiscordConfig withEndpoints(String rest, String gateway, boolean compressed) {
    return new DiscordConfig(token, intents, testGuild, shards, acceptBots, slashCommands, rest, gateway,
        compressed, slashDebounce, deferAfter);
  }

  /** This configuration with another shard range. */
  public DiscordConfig withShards(ShardRange range) {
    return new DiscordConfig(token, intents, testGuild, range, acceptBots, slashCommands, restUrl, gatewayUrl,
        compress, slashDebounce, deferAfter);
  }

  /** This configuration with other settings for bots' messages, slash commands and the test guild. */
  public DiscordConfig withBehaviour(boolean bots, boolean slash, String guild) {
    return new DiscordConfig(token, intents, guild, shards, bots, slash, restUrl, gatewayUrl,
        compress, slashDebounce, deferAfter);
  }

  /** This configuration with other slash command timings. */
  public DiscordConfig withSlashTiming(Duration debounce, Duration defer) {
    return new DiscordConfig(token, intents, testGuild, shards, acceptBots, slashCommands, restUrl, gatewayUrl, compress,
        debounce, defer);
  }

  /**
   * Shards {@code from} to {@code to} (inclusive) of {@code total}: several processes can split one bot, each with
   * its own range. Discord sends a guild's events to shard {@code (guild_id >> 22) % total}.
   *
   * @param total how many shards the bot has in all processes together
   * @param from the first shard this process runs
   * @param to the last shard this process runs
   */
  public record ShardRange(int total, int from, int to) {}
}
