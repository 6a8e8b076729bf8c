package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.adapter.BotStatus;
import dev.mochi.discord.fake.FakeChannel;
import dev.mochi.discord.fake.FakeDiscord;
import dev.mochi.discord.fake.FakeGuild;
import dev.mochi.discord.fake.FakeUser;
import dev.mochi.discord.fake.RestCall;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Losing the gateway connection: JDA resumes after close code 4000, a dropped TCP connection and missing heartbeat
 * ACKs, identifies anew when the resume is refused, and no message is handled twice, or lost when Discord
 * redelivers it.
 */
@Timeout(180)
class DiscordLifecycleTest {
  static final FakeDiscord discord = FakeDiscord.start().heartbeatInterval(Duration.ofMillis(400));
  static final FakeUser alice = discord.user("alice");
  static final FakeGuild guild = discord.guild("Mochi test").member(alice);
  static final FakeChannel general = guild.textChannel("general");
  private static final int IDENTIFY = 2;
  private static final int RESUME = 6;

  static final java.util.List<BotStatus> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Records the Discord bot's status changes as the kernel emits them (what the console shows). */
  static final class StatusWatcher implements dev.mochi.api.Plugin<Void> {
    @Override public String name() { return "status-watcher"; }

    @Override public void apply(dev.mochi.api.Context ctx, Void config) {
      ctx.on(dev.mochi.api.Events.BOT_STATUS, change -> {
        if (change.bot().platform().equals(DiscordBot.PLATFORM)) seen.add(change.bot().status());
      });
    }
  }

  @RegisterExtension static final MochiTest mochi = MochiTest.create()
      .plugin(new StatusWatcher(), null)
      .plugin(new TestCommands(), null)
      .plugin(new DiscordAdapter(), DiscordFixture.config(discord))
      .timeout(DiscordFixture.WAIT);

  private int identifies;
  private int resumes;

  @AfterAll static void stopDiscord() { discord.close(); }

  @BeforeEach void online() {
    DiscordFixture.awaitOnline(mochi, discord);
    identifies = discord.gatewayReceived(IDENTIFY).size();
    resumes = discord.gatewayReceived(RESUME).size();
  }

  @AfterEach void reset() {
    discord.refuseResumes(false);
    discord.redeliverOnResume(0);
    discord.skipHeartbeatAcks(0);
  }

  private void awaitResume() {
    discord.await(() -> discord.gatewayReceived(RESUME).size() > resumes, DiscordFixture.WAIT, () -> "a RESUME");
    DiscordFixture.awaitOnline(mochi, discord);
  }

  /** Writes {@code echo text} and expects exactly one reply {@code text} among the new messages. */
  private void echoOnce(String text) {
    int before = discord.sent(general).size();
    discord.say(alice, general, "echo " + text);
    discord.awaitSent(general, before + 1, DiscordFixture.WAIT);
    assertThat(replies(text)).isEqualTo(1);
  }

  private static long replies(String text) {
    return discord.sent(general).stream().map(c -> c.body().path("content").asText()).filter(text::equals).count();
  }

  @Test void closeCode4000LeadsToAResumeAndAMessageSentMeanwhileArrivesOnce() {
    discord.closeConnections(4000, "Unknown error");
    discord.say(alice, general, "echo sent while away"); // waits in the session's log for the resume
    awaitResume();
    discord.awaitSent(general, 1, DiscordFixture.WAIT);
    discord.await(() -> replies("sent while away") >= 1, DiscordFixture.WAIT, () -> "the reply to the queued message");
    assertThat(replies("sent while away")).isEqualTo(1);
    assertThat(discord.gatewayReceived(IDENTIFY)).hasSize(identifies);
    echoOnce("after 4000");
  }

  @Test void theStatusReachesTheKernelConnectingOnlineReconnectingOnline() {
    int mark = seen.size();
    discord.closeConnections(4000, "Unknown error");
    awaitResume();
    discord.await(() -> seen.subList(mark, seen.size()).contains(BotStatus.ONLINE), DiscordFixture.WAIT, () -> "ONLINE again");
    assertThat(seen.subList(mark, seen.size())).containsSubsequence(BotStatus.RECONNECTING, BotStatus.ONLINE);
    assertThat(seen).containsSubsequence(BotStatus.CONNECTING, BotStatus.ONLINE, BotStatus.RECONNECTING, BotStatus.ONLINE);
  }

  @Test void aDroppedTcpConnectionLeadsToAResume() {
    discord.dropConnections();
    awaitResume();
    assertThat(discord.gatewayReceived(IDENTIFY)).hasSize(identifies);
    echoOnce("after a drop");
  }

  @Test void missingHeartbeatAcksLeadToAResume() {
    discord.skipHeartbeatAcks(2);
    awaitResume();
    assertThat(discord.closeCodesFromBot()).contains(4900); // JDA's code for a zombie connection
    assertThat(discord.gatewayReceived(IDENTIFY)).hasSize(identifies);
    echoOnce("after missed acks");
  }

  @Test void aRejectedResumeLeadsToANewIdentify() {
    discord.refuseResumes(true);
    discord.closeConnections(4000, "Unknown error");
    discord.await(() -> discord.gatewayReceived(IDENTIFY).size() > identifies, DiscordFixture.WAIT, () -> "a new IDENTIFY");
    discord.refuseResumes(false);
    DiscordFixture.awaitOnline(mochi, discord);
    assertThat(discord.gatewayReceived(RESUME).size()).isGreaterThan(resumes);
    echoOnce("after a new session");
  }

  @Test void eventsReplayedAfterAResumeAreNotHandledTwice() {
    echoOnce("before the replay");
    discord.redeliverOnResume(3); // the message above and whatever came before it, once more
    discord.closeConnections(4000, "Unknown error");
    awaitResume();
    echoOnce("after the replay");
    assertThat(replies("before the replay")).isEqualTo(1);
  }

  @Test void shuttingDownClosesTheGatewayCleanly() {
    int ended = discord.closeCodesFromBot().size();
    mochi.app().close(Duration.ofSeconds(20));
    discord.await(() -> discord.closeCodesFromBot().size() > ended, DiscordFixture.WAIT, () -> "the bot to close its connection");
    assertThat(discord.closeCodesFromBot().get(ended)).isEqualTo(1000);
    assertThat(seen).containsSubsequence(BotStatus.ONLINE, BotStatus.DISCONNECTING);
    assertThat(DiscordFixture.bot(mochi)).isEmpty();
  }
}
