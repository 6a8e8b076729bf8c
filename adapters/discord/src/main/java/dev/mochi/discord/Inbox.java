package dev.mochi.discord;

import dev.mochi.api.adapter.Inbound;
import java.util.Optional;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import org.slf4j.Logger;

/**
 * What JDA tells the adapter: shard states go to {@link ConnectionStates}, messages become {@link Inbound}s.
 * Skipped: the bot's own messages, other bots' and webhooks' unless {@code accept-bots}, system messages (joins,
 * pins), and a message id already handled (Discord may replay events after a resume).
 */
final class Inbox implements EventListener {
  private final DiscordBot bot;
  private final boolean acceptBots;
  private final Consumer<Inbound> dispatch;
  private final Logger log;
  private final RecentIds handled = new RecentIds(10_000);

  Inbox(DiscordBot bot, boolean acceptBots, Consumer<Inbound> dispatch, Logger log) {
    this.bot = bot;
    this.acceptBots = acceptBots;
    this.dispatch = dispatch;
    this.log = log;
  }

  @Override public void onEvent(GenericEvent event) {
    switch (event) {
      case StatusChangeEvent e -> bot.states().shard(shard(e), e.getNewStatus());
      case ReadyEvent e -> ready(e);
      case MessageReceivedEvent e -> message(e);
      case ShutdownEvent e -> shutdown(e);
      default -> { }
    }
  }

  private static int shard(StatusChangeEvent e) {
    return e.getJDA().getShardInfo().getShardId();
  }

  private void ready(ReadyEvent e) {
    bot.self(e.getJDA().getSelfUser().getId());
    log.info("Discord: shard {} is online as {} ({}), in {} guilds", e.getJDA().getShardInfo().getShardString(),
        e.getJDA().getSelfUser().getName(), e.getJDA().getSelfUser().getId(), e.getGuildTotalCount());
  }

  /** A shard that stops for good: say why, in words an operator can act on. */
  private void shutdown(ShutdownEvent e) {
    CloseCode code = e.getCloseCode();
    if (code == null || code == CloseCode.GRACEFUL_CLOSE) return;
    String shard = e.getJDA().getShardInfo().getShardString();
    switch (code) {
      case DISALLOWED_INTENTS -> bot.failure("Discord refused the intents " + e.getJDA().getGatewayIntents()
          + " (4014): switch on Message Content Intent in the developer portal under Bot");
      default -> { }
    }
    switch (code) {
      case DISALLOWED_INTENTS -> log.error("Discord: shard {} was refused the intents {} (close code 4014); switch on "
          + "the privileged ones (Message Content Intent) in the developer portal under Bot, or remove them from "
          + "plugins.discord.intents", shard, e.getJDA().getGatewayIntents());
      case AUTHENTICATION_FAILED -> log.error("Discord: shard {} was refused the token (close code 4004); set a valid "
          + "bot token in plugins.discord.token", shard);
      case INVALID_SHARD, SHARDING_REQUIRED -> log.error("Discord: shard {} was refused ({}); check plugins.discord.shards "
          + "(Discord recommends a shard total for the bot's guild count)", shard, code.getMeaning());
      default -> log.error("Discord: shard {} stopped: close code {} ({})", shard, code.getCode(), code.getMeaning());
    }
  }

  private void message(MessageReceivedEvent e) {
    Message m = e.getMessage();
    User author = e.getAuthor();
    if (author.getId().equals(bot.selfId())) return;
    if ((author.isBot() || e.isWebhookMessage() || author.isSystem()) && !acceptBots) return;
    if (!m.getType().isSystem() && handled.first(m.getId())) dispatch.accept(inbound(e));
  }

  private static Inbound inbound(MessageReceivedEvent e) {
    Message m = e.getMessage();
    Member member = e.getMember();
    String name = member != null ? member.getEffectiveName() : e.getAuthor().getEffectiveName();
    Optional<String> guild = e.isFromGuild() ? Optional.of(e.getGuild().getId()) : Optional.empty();
    return new Inbound(e.getAuthor().getId(), e.getChannel().getId(), guild, m.getId(), MessageReader.read(m),
        m.getTimeCreated().toInstant(), name);
  }
}
