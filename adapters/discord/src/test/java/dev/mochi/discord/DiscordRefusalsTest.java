package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.adapter.BotStatus;
import dev.mochi.discord.fake.FakeDiscord;
import dev.mochi.testkit.MochiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When Discord says no (a bad token, intents not switched on) or there is no token, the bot says why and runs on. */
@Timeout(120)
class DiscordRefusalsTest {
  final FakeDiscord discord = FakeDiscord.start();

  @RegisterExtension final MochiTest mochi = MochiTest.create().plugin(new TestCommands(), null).timeout(DiscordFixture.WAIT);

  @AfterEach void stopDiscord() { discord.close(); }

  @Test void withoutATokenTheAdapterSaysSoOnceAndTheBotRunsOn() {
    mochi.app().plugin(new DiscordAdapter(), DiscordConfig.defaults());
    assertThat(mochi.logs().containing("Discord: no token")).hasSize(1);
    assertThat(DiscordFixture.bot(mochi)).isEmpty();
    mochi.client("alice").send("echo still here").shouldReply("still here");
  }

  @Test void aRejectedTokenIsSaidOnceAndTheBotRunsOn() {
    mochi.app().plugin(new DiscordAdapter(), DiscordFixture.config(discord).withToken("not-the-token"));
    DiscordFixture.awaitStatus(mochi, discord, BotStatus.OFFLINE);
    assertThat(mochi.logs().containing("the token was rejected")).hasSize(1);
    discord.await(() -> DiscordFixture.info(mochi).flatMap(i -> i.error()).isPresent(), DiscordFixture.WAIT,
        () -> "the reason to reach the Bots service");
    assertThat(DiscordFixture.info(mochi).orElseThrow().error()).get().asString().contains("rejected the token");
    mochi.client("alice").send("echo still here").shouldReply("still here");
  }

  @Test void intentsTheApplicationMayNotUseAreExplained() {
    discord.privilegedIntentsAllowed(false);
    mochi.app().plugin(new DiscordAdapter(), DiscordFixture.config(discord));
    discord.await(() -> !mochi.logs().containing("close code 4014").isEmpty(), DiscordFixture.WAIT, () -> "the 4014 line");
    assertThat(mochi.logs().containing("close code 4014")).singleElement().asString().contains("Message Content Intent");
    DiscordFixture.awaitStatus(mochi, discord, BotStatus.OFFLINE);
    discord.await(() -> DiscordFixture.info(mochi).flatMap(i -> i.error()).isPresent(), DiscordFixture.WAIT,
        () -> "the reason to reach the Bots service");
    assertThat(DiscordFixture.info(mochi).orElseThrow().error()).get().asString().contains("Message Content Intent");
  }

  @Test void anInvalidSectionNamesEveryBadKey() {
    DiscordConfig bad = new DiscordConfig("t", java.util.List.of("GUILD_MESAGES"), "abc",
        new DiscordConfig.ShardRange(2, 1, 2), null, null, "ftp://x", "http://y", null, null, null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.of(bad))
        .hasMessageContainingAll("intents: 'GUILD_MESAGES' is not a gateway intent", "GUILD_MESSAGES",
            "test-guild: 'abc'", "shards: from 1 to 2", "rest-url: 'ftp://x/'", "gateway-url: 'http://y'");
  }
}
