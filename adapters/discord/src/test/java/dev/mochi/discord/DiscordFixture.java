package dev.mochi.discord;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.bot.BotInfo;
import dev.mochi.discord.fake.FakeDiscord;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import java.util.Optional;

/** The adapter configured against a {@link FakeDiscord}, and waiting for it. */
final class DiscordFixture {
  static final Duration WAIT = Duration.ofSeconds(30);

  private DiscordFixture() {}

  /** The adapter's configuration for {@code discord}: its token and endpoints, plain JSON frames. */
  static DiscordConfig config(FakeDiscord discord) {
    return DiscordConfig.defaults().withToken(discord.token())
        .withEndpoints(discord.restUrl(), discord.gatewayUrl(), false).withBehaviour(false, false, "");
  }

  static Optional<Bot> bot(MochiTest mochi) {
    return mochi.app().bots().first(DiscordBot.PLATFORM);
  }

  /** The Discord bot as the kernel's Bots service (and so the console) sees it. */
  static Optional<BotInfo> info(MochiTest mochi) {
    return mochi.app().bots().infos().stream().filter(b -> b.platform().equals(DiscordBot.PLATFORM)).findFirst();
  }

  private static String state(MochiTest mochi) {
    return info(mochi).map(i -> i.status() + i.error().map(e -> " (" + e + ")").orElse("")).orElse("not registered");
  }

  /** Waits until the kernel sees the Discord bot online (every shard connected, guilds loaded). */
  static Bot awaitOnline(MochiTest mochi, FakeDiscord discord) {
    awaitStatus(mochi, discord, BotStatus.ONLINE);
    return bot(mochi).orElseThrow();
  }

  /** Waits until the kernel sees the bot in {@code status}. */
  static void awaitStatus(MochiTest mochi, FakeDiscord discord, BotStatus status) {
    discord.await(() -> info(mochi).map(b -> b.status() == status).orElse(false), WAIT,
        () -> "the Discord bot to be " + status + "; it is " + state(mochi));
  }
}
