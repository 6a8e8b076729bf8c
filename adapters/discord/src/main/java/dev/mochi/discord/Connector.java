package dev.mochi.discord;

import dev.mochi.api.adapter.BotStatus;
import java.time.Duration;
import net.dv8tion.jda.api.OnlineStatus;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import org.slf4j.Logger;

/**
 * Logs the bot in (on a thread of its own, so a slow or absent Discord never holds up the app's start) and keeps
 * trying with a growing pause when Discord cannot be reached; a rejected token stops it with one clear line. Always
 * a {@link ShardManager}: one shard by default (or as many as Discord recommends), or the configured range.
 *
 * <p>JDA is pointed at the configured endpoints: REST through {@link RestConfig#setBaseUrl}, the gateway through a
 * session controller whose gateway URL is the configured one, also for the URL {@code GET /gateway/bot} returns.
 */
final class Connector {
  private static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
  private static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

  private final Settings settings;
  private final DiscordBot bot;
  private final EventListener[] listeners;
  private final Logger log;
  private volatile Thread thread;
  private volatile boolean stopped;

  Connector(Settings settings, DiscordBot bot, Logger log, EventListener... listeners) {
    this.settings = settings;
    this.bot = bot;
    this.listeners = listeners;
    this.log = log;
  }

  void start() {
    bot.states().force(BotStatus.CONNECTING);
    thread = Thread.ofVirtual().name("mochi-discord-login").start(this::run);
  }

  private void run() {
    Duration pause = FIRST_PAUSE;
    while (!stopped) {
      try {
        ShardManager manager = build();
        bot.connected(manager);
        if (stopped) manager.shutdown();
        return;
      } catch (InvalidTokenException e) {
        log.error("Discord: the token was rejected (HTTP 401); set a valid bot token in plugins.discord.token "
            + "(developer portal → your application → Bot → Reset Token). The bot runs on without Discord.");
        bot.failure("Discord rejected the token (HTTP 401): set a valid bot token in plugins.discord.token");
        bot.states().force(BotStatus.OFFLINE);
        return;
      } catch (RuntimeException e) {
        if (stopped) return;
        log.warn("Discord: cannot log in ({}); trying again in {} s", e.getMessage(), pause.toSeconds());
        bot.failure("cannot log in to Discord: " + e.getMessage());
        bot.states().force(BotStatus.RECONNECTING);
        try {
          Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
          return;
        }
        pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
      }
    }
  }

  private ShardManager build() {
    String gateway = settings.gatewayUrl();
    DefaultShardManagerBuilder b = DefaultShardManagerBuilder.createLight(settings.token(), settings.intents())
        .setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()))
        .setSessionController(new EndpointController(gateway))
        .setCompression(settings.compress() ? Compression.ZLIB : Compression.NONE)
        .setChunkingFilter(ChunkingFilter.NONE)
        .setMemberCachePolicy(MemberCachePolicy.NONE)
        .setEnableShutdownHook(false)
        .setStatus(OnlineStatus.ONLINE)
        .addEventListeners((Object[]) listeners);
    settings.shards().ifPresentOrElse(r -> b.setShardsTotal(r.total()).setShards(r.from(), r.to()),
        () -> b.setShardsTotal(-1));
    return b.build();
  }

  /** Stops trying to log in and shuts the shards down, waiting up to {@code timeout} for them to close. */
  void stop(Duration timeout) {
    stopped = true;
    Thread t = thread;
    if (t != null) t.interrupt();
    ShardManager manager = bot.shards();
    if (manager == null) {
      bot.states().force(BotStatus.OFFLINE);
      return;
    }
    bot.states().force(BotStatus.DISCONNECTING);
    manager.shutdown();
    long deadline = System.nanoTime() + timeout.toNanos();
    manager.getShardCache().forEach(jda -> {
      try {
        long left = Math.max(0, deadline - System.nanoTime());
        if (!jda.awaitShutdown(Duration.ofNanos(left))) jda.shutdownNow();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        jda.shutdownNow();
      }
    });
    bot.states().force(BotStatus.OFFLINE);
  }

  /** JDA's session controller (identify pacing by Discord's rules) with the configured gateway URL. */
  private static final class EndpointController extends ConcurrentSessionController {
    private final String gateway;

    EndpointController(String gateway) {
      this.gateway = gateway;
    }

    @Override public String getGateway() { return gateway; }

    @Override public ShardedGateway getShardedGateway(net.dv8tion.jda.api.JDA api) {
      ShardedGateway discord = super.getShardedGateway(api);
      return new ShardedGateway(gateway, discord.getShardTotal(), discord.getConcurrency());
    }
  }
}
