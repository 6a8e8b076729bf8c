package dev.mochi.discord;

import dev.mochi.api.MochiException;
import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.message.Message;
import dev.mochi.api.adapter.BotHandle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * The bot of one Discord application, over all the shards this process runs. Sending renders the message
 * ({@link MessageWriter}) and posts its pieces one after the other, each after the previous one was accepted, so a
 * long reply arrives in order. Rate limits are JDA's to handle.
 */
final class DiscordBot implements Bot {
  static final String PLATFORM = "discord";

  private final Assets assets;
  private final ConnectionStates states;
  private volatile BotHandle handle;
  private volatile String error = "";
  private volatile ShardManager shards;
  private volatile String selfId;
  private volatile BotStatus status = BotStatus.OFFLINE;

  /**
   * @param runsShard which shard ids this process runs
   * @param configuredShards how many it runs when the configuration says; 0 to learn it from the shard manager
   */
  DiscordBot(String selfIdGuess, Assets assets, java.util.function.IntPredicate runsShard, int configuredShards) {
    this.selfId = selfIdGuess;
    this.assets = assets;
    this.states = new ConnectionStates(runsShard, () -> expectedShards(configuredShards), this::report);
  }

  /** Where status changes go once the bot is registered. */
  void registered(BotHandle registration) {
    this.handle = registration;
    registration.status(status);
  }

  /**
   * Says why the bot is (or is about to be) down: with the current state when it is already offline, otherwise with
   * the next change (a rejected token, refused intents, an unreachable Discord).
   */
  void failure(String why) {
    BotHandle h = handle;
    if (status == BotStatus.OFFLINE && h != null) h.status(BotStatus.OFFLINE, why);
    else this.error = why;
  }

  private void report(BotStatus next) {
    status = next;
    BotHandle h = handle;
    if (h == null) return;
    String why = error;
    error = "";
    if (why.isEmpty()) h.status(next);
    else h.status(next, why);
  }

  @Override public Optional<String> name() {
    ShardManager manager = shards;
    if (manager == null) return Optional.empty();
    return manager.getShardCache().stream().findFirst().map(jda -> jda.getSelfUser().getName());
  }

  /**
   * JDA's {@link ShardManager} (always), or the {@link JDA} instance when this process runs exactly one shard. Code
   * that uses them works on Discord only and bypasses Mochi (no {@code before-send} hooks, no counting).
   */
  @Override public <T> Optional<T> platformClient(Class<T> type) {
    ShardManager manager = shards;
    if (manager == null) return Optional.empty();
    if (type.isInstance(manager)) return Optional.of(type.cast(manager));
    if (type == JDA.class && manager.getShardCache().size() == 1) {
      return manager.getShardCache().stream().findFirst().map(type::cast);
    }
    return Optional.empty();
  }

  private int expectedShards(int configured) {
    if (configured > 0) return configured;
    ShardManager manager = shards;
    return manager == null ? 0 : manager.getShardsTotal();
  }

  @Override public String platform() { return PLATFORM; }

  @Override public String selfId() { return selfId; }

  @Override public BotStatus status() { return status; }

  ConnectionStates states() { return states; }

  void connected(ShardManager manager) { this.shards = manager; }

  void self(String id) { this.selfId = id; }

  ShardManager shards() { return shards; }

  @Override public CompletionStage<List<String>> sendMessage(String channelId, Message message) {
    ShardManager manager = shards;
    if (manager == null) return notConnected(channelId);
    MessageChannel channel = manager.getChannelById(MessageChannel.class, channelId);
    if (channel == null) channel = manager.getPrivateChannelById(channelId);
    if (channel == null) {
      return CompletableFuture.failedFuture(new MochiException("Discord: channel " + channelId + " is not one this bot "
          + "can see (not in its guilds' cache, nor a DM it has seen)"));
    }
    return send(channel, message);
  }

  @Override public CompletionStage<List<String>> sendPrivateMessage(String userId, Message message) {
    ShardManager manager = shards;
    if (manager == null) return notConnected("the DM of " + userId);
    JDA any = manager.getShardCache().stream().findFirst().orElse(null);
    if (any == null) return notConnected("the DM of " + userId);
    return any.openPrivateChannelById(userId).submit().thenCompose(channel -> send(channel, message));
  }

  private CompletionStage<List<String>> send(MessageChannel channel, Message message) {
    return MessageWriter.sendInOrder(message, assets, piece -> {
      MessageCreateAction action = channel.sendMessage(piece.data());
      if (piece.replyTo().isPresent()) action = action.setMessageReference(piece.replyTo().get()).failOnInvalidReply(false);
      return action.submit().thenApply(sent -> Optional.of(sent.getId()));
    });
  }

  private static CompletionStage<List<String>> notConnected(String where) {
    return CompletableFuture.failedFuture(new MochiException("Discord: cannot send to " + where
        + ": the bot is not connected to Discord (yet)"));
  }

  @Override public String toString() { return "DiscordBot[" + selfId + ", " + status + "]"; }
}
