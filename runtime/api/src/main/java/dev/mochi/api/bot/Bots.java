package dev.mochi.api.bot;

import dev.mochi.api.adapter.Bot;
import java.util.List;
import java.util.Optional;

/**
 * Every registered bot, its state and its traffic (a service: reach it with {@code ctx.get(Bots.class)}).
 * {@link dev.mochi.api.Events#BOT_STATUS} tells when a state changes.
 *
 * <pre>{@code
 * Bots bots = ctx.get(Bots.class).orElseThrow();
 * for (BotInfo b : bots.list()) ctx.logger().info("{}:{} is {}", b.platform(), b.selfId(), b.status());
 * bots.bot("discord", "123").ifPresent(b -> b.sendMessage("456", Message.text("hello")));
 * }</pre>
 */
public interface Bots {

  /** Every registered bot, in registration order. */
  List<BotInfo> list();

  /** One bot by platform and self id; empty when no such bot is registered. */
  Optional<BotInfo> find(String platform, String selfId);

  /**
   * The bot itself, to send messages outside a session. Messages sent through it count in its {@link BotInfo#sent()}.
   *
   * @return the bot, or empty when no such bot is registered
   */
  Optional<Bot> bot(String platform, String selfId);
}
