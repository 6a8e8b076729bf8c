package dev.mochi.discord;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
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

  /** Waits until the Discord bot is online (every shard connected, guilds loaded). */
  static Bot awaitOnline(MochiTest mochi, FakeDiscord discord) {
    discord.await(() -> bot(mochi).map(b -> b.status() == BotStatus.ONLINE).orElse(false), WAIT,
        () -> "the Discord bot to be online; it is " + bot(mochi).map(Bot::status).map(Enum::name).orElse("not registered"));
    return bot(mochi).orElseThrow();
  }

  /** Waits until the bot reports {@code status}. */
  static void awaitStatus(MochiTest mochi, FakeDiscord discord, BotStatus status) {
    discord.await(() -> bot(mochi).map(b -> b.status() == status).orElse(false), WAIT,
        () -> "the Discord bot to be " + status + "; it is " + bot(mochi).map(Bot::status).map(Enum::name).orElse("not registered"));
  }
}
