package dev.mochi.discord;

import dev.mochi.api.Context;
import dev.mochi.api.Events;
import dev.mochi.api.Plugin;
import dev.mochi.api.adapter.Inbound;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.pf4j.Extension;
import org.slf4j.Logger;

/**
 * The Discord adapter: one bot (platform {@code discord}) for the application whose token is configured, on JDA.
 * Guild and direct messages become sessions; replies and {@code sendMessage}/{@code sendPrivateMessage} post to
 * Discord; the bot's commands are slash commands too ({@link SlashCommands}). Without a token it logs one line and does nothing else, so the bot runs on with its other platforms.
 * Configuration: {@link DiscordConfig}, under {@code plugins.discord} in {@code bot.yml}; {@code docs/discord.md}
 * walks from the developer portal to a running bot.
 */
@Extension
public final class DiscordAdapter implements Plugin<DiscordConfig> {
  private static final Duration SHUTDOWN = Duration.ofSeconds(10);

  @Override public String name() { return "discord"; }

  @Override public Class<DiscordConfig> configType() { return DiscordConfig.class; }

  @Override public void apply(Context ctx, DiscordConfig config) {
    Settings settings = Settings.of(config == null ? DiscordConfig.defaults() : config);
    Logger log = ctx.logger();
    if (!settings.hasToken()) {
      log.info("Discord: no token, so no Discord bot; set plugins.discord.token (e.g. token: ${DISCORD_TOKEN}) to connect");
      return;
    }
    ctx.i18n().load(DiscordAdapter.class);
    Assets assets = new Assets();
    DiscordBot bot = new DiscordBot(idInToken(settings.token()), assets,
        shard -> settings.shards().map(r -> shard >= r.from() && shard <= r.to()).orElse(true),
        settings.shards().map(r -> r.to() - r.from() + 1).orElse(0));
    bot.registered(ctx.bot(bot));
    Inbox inbox = new Inbox(bot, settings.acceptBots(), inbound -> dispatch(ctx, bot, inbound, log), log);
    SlashCommands slash = new SlashCommands(ctx, bot, settings, assets, log);
    ctx.on(Events.COMMANDS_CHANGED, change -> slash.changed());
    Connector connector = new Connector(settings, bot, log, inbox, slash);
    ctx.onDispose(() -> {
      connector.stop(SHUTDOWN);
      assets.close();
    });
    connector.start();
  }

  private static void dispatch(Context ctx, DiscordBot bot, Inbound inbound, Logger log) {
    try {
      ctx.dispatch(bot, inbound).whenComplete((ok, error) -> {
        if (error != null) log.warn("Discord: message {} in {} failed: {}", inbound.messageId(), inbound.channelId(), error.toString());
      });
    } catch (RuntimeException e) {
      log.warn("Discord: message {} in {} was refused: {}", inbound.messageId(), inbound.channelId(), e.toString());
    }
  }

  /** A bot token starts with the bot's user id in base64; empty when this one does not. */
  static String idInToken(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0) return "";
    try {
      String id = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.US_ASCII);
      return id.matches("\\d{1,20}") ? id : "";
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
