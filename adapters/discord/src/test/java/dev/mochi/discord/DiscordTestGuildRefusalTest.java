package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.discord.fake.FakeDiscord;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A {@code test-guild} the bot is not in: said once, in words an operator can act on, and nothing is registered. */
@Timeout(120)
class DiscordTestGuildRefusalTest {
  static final FakeDiscord discord = FakeDiscord.start();
  static final String NOT_OURS = "123456789012345678";

  static {
    discord.guild("Mochi test");
  }

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .plugin(new SlashTools(), null)
      .plugin(new DiscordAdapter(), DiscordFixture.config(discord).withBehaviour(false, true, NOT_OURS)
          .withSlashTiming(Duration.ofMillis(100), Duration.ofSeconds(2)))
      .timeout(DiscordFixture.WAIT);

  @AfterAll static void stopDiscord() { discord.close(); }

  @Test void aTestGuildTheBotIsNotInIsSaidAndNothingIsRegistered() throws InterruptedException {
    DiscordFixture.awaitOnline(mochi, discord);
    discord.await(() -> !mochi.logs().containing("test-guild " + NOT_OURS + " is not a guild of this bot").isEmpty(),
        DiscordFixture.WAIT, () -> "the warning about the test guild, in " + mochi.logs().problems());
    Thread.sleep(500);
    assertThat(discord.registrationAttempts()).isEmpty();
    assertThat(mochi.logs().containing("is not a guild of this bot")).hasSize(1);
  }
}
