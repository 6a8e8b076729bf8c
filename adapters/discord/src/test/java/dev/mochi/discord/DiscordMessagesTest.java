package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.discord.fake.FakeChannel;
import dev.mochi.discord.fake.FakeDiscord;
import dev.mochi.discord.fake.FakeGuild;
import dev.mochi.discord.fake.FakeUser;
import dev.mochi.discord.fake.RestCall;
import dev.mochi.testkit.MochiTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages from Discord reach commands, and their replies reach Discord, through JDA and the loopback Discord. */
@Timeout(120)
class DiscordMessagesTest {
  static final FakeDiscord discord = FakeDiscord.start();
  static final FakeUser alice = discord.user("alice");
  static final FakeUser robot = discord.otherBot("robot");
  static final FakeGuild guild = discord.guild("Mochi test").member(alice).member(robot);
  static final FakeChannel general = guild.textChannel("general");

  @RegisterExtension static final MochiTest mochi = MochiTest.create()
      .plugin(new TestCommands(), null)
      .plugin(new DiscordAdapter(), DiscordFixture.config(discord))
      .timeout(DiscordFixture.WAIT);

  @AfterAll static void stopDiscord() { discord.close(); }

  @BeforeEach void online() { DiscordFixture.awaitOnline(mochi, discord); }

  private static String content(RestCall call) { return call.body().path("content").asText(); }

  @Test void aGuildMessageReachesTheCommandAndTheReplyIsPostedToItsChannel() {
    int before = discord.sent(general).size();
    discord.say(alice, general, "echo hello from the guild");
    List<RestCall> sent = discord.awaitSent(general, before + 1, DiscordFixture.WAIT);
    assertThat(content(sent.get(before))).isEqualTo("hello from the guild");
  }

  @Test void aDirectMessageReachesTheCommandAndTheReplyGoesToTheDm() {
    FakeChannel dm = discord.dmChannel(alice);
    int before = discord.sent(dm).size();
    discord.dm(alice, "echo psst");
    assertThat(content(discord.awaitSent(dm, before + 1, DiscordFixture.WAIT).get(before))).isEqualTo("psst");
  }

  @Test void aSessionCarriesDiscordsIdsAsStrings() {
    int before = discord.sent(general).size();
    String id = discord.say(alice, general, "where");
    String where = content(discord.awaitSent(general, before + 1, DiscordFixture.WAIT).get(before));
    assertThat(where).contains("user=" + alice.id(), "author=alice", "channel=" + general.id(), "guild=" + guild.id(),
        "direct=false", "message=" + id);
  }

  @Test void mentioningTheBotWorksAsAPrefix() {
    int before = discord.sent(general).size();
    discord.message(alice, general, discord.self().mention() + " echo hi there").mentions(discord.self()).send();
    assertThat(content(discord.awaitSent(general, before + 1, DiscordFixture.WAIT).get(before))).isEqualTo("hi there");
  }

  @Test void messagesOfOtherBotsAreIgnored() {
    int before = discord.sent(general).size();
    discord.say(robot, general, "echo from a bot");
    discord.say(alice, general, "echo from alice");
    List<RestCall> sent = discord.awaitSent(general, before + 1, DiscordFixture.WAIT);
    assertThat(sent.subList(before, sent.size())).extracting(DiscordMessagesTest::content).containsExactly("from alice");
  }

  @Test void aLongReplyArrivesAsSeveralMessagesInOrder() {
    int before = discord.sent(general).size();
    discord.say(alice, general, "long");
    discord.await(() -> discord.sent(general).size() >= before + 3, DiscordFixture.WAIT, () -> "three pieces");
    List<String> pieces = discord.sent(general).subList(before, discord.sent(general).size()).stream()
        .map(DiscordMessagesTest::content).toList();
    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
    assertThat(pieces).allSatisfy(p -> assertThat(p).startsWith("line "));
    String joined = String.join("\n", pieces);
    assertThat(joined.length()).isGreaterThanOrEqualTo(5000);
    for (int line = 0; joined.contains("line " + (line + 1) + ":"); line++) {
      assertThat(joined.indexOf("line " + line + ":")).isLessThan(joined.indexOf("line " + (line + 1) + ":"));
    }
  }

  @Test void everyoneInAReplyDoesNotPing() {
    int before = discord.sent(general).size();
    discord.say(alice, general, "echo @everyone look");
    RestCall call = discord.awaitSent(general, before + 1, DiscordFixture.WAIT).get(before);
    assertThat(content(call)).isEqualTo("@everyone look");
    assertThat(call.body().path("allowed_mentions").isObject()).as("allowed_mentions is sent").isTrue();
    assertThat(call.body().path("allowed_mentions").path("parse").isArray()).as("allowed_mentions.parse is a list").isTrue();
    assertThat(call.body().path("allowed_mentions").path("parse")).isEmpty();
  }

  @Test void aReplyQuotesTheMessage() {
    int before = discord.sent(general).size();
    String id = discord.say(alice, general, "quoteme");
    RestCall call = discord.awaitSent(general, before + 1, DiscordFixture.WAIT).get(before);
    assertThat(content(call)).isEqualTo("you said so");
    assertThat(call.body().path("message_reference").path("message_id").asText()).isEqualTo(id);
  }
}
