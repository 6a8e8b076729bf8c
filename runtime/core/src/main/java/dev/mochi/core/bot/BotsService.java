package dev.mochi.core.bot;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.bot.BotInfo;
import dev.mochi.api.bot.Bots;
import dev.mochi.api.message.Message;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The {@link Bots} service over the {@link BotRegistry}. The bot it hands out sends through the adapter's bot and
 * counts each message in the bot's {@code sent} traffic, as a session's reply is counted.
 */
public final class BotsService implements Bots {
  private final BotRegistry registry;

  public BotsService(BotRegistry registry) { this.registry = registry; }

  @Override public List<BotInfo> list() { return registry.infos(); }

  @Override public Optional<BotInfo> find(String platform, String selfId) { return registry.info(platform, selfId); }

  @Override public Optional<Bot> bot(String platform, String selfId) {
    return registry.bot(platform, selfId).map(Counted::new);
  }

  /** The adapter's bot, counting what it sends. */
  private final class Counted implements Bot {
    private final Bot bot;

    Counted(Bot bot) { this.bot = bot; }

    @Override public String platform() { return bot.platform(); }

    @Override public String selfId() { return bot.selfId(); }

    @Override public BotStatus status() { return bot.status(); }

    @Override public Optional<String> name() { return bot.name(); }

    @Override public Optional<String> avatar() { return bot.avatar(); }

    @Override public <T> Optional<T> platformClient(Class<T> type) { return bot.platformClient(type); }

    @Override public CompletionStage<List<String>> sendMessage(String channelId, Message message) {
      return counted(bot.sendMessage(channelId, message));
    }

    @Override public CompletionStage<List<String>> sendPrivateMessage(String userId, Message message) {
      return counted(bot.sendPrivateMessage(userId, message));
    }

    private CompletionStage<List<String>> counted(CompletionStage<List<String>> stage) {
      return stage.whenComplete((ids, error) -> {
        if (error == null) registry.sent(bot);
      });
    }
  }
}
