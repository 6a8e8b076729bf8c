package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.discord.fake.FakeChannel;
import dev.mochi.discord.fake.FakeDiscord;
import dev.mochi.discord.fake.FakeUser;
import dev.mochi.discord.fake.GatewayEvent;
import dev.mochi.testkit.MochiTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A shard range from the configuration: JDA's ShardManager identifies each shard and gets its guilds' events. */
@Timeout(120)
class DiscordShardingTest {
  final FakeDiscord discord = FakeDiscord.start();
  final FakeUser alice = discord.user("alice");
  final FakeChannel onShard0 = discord.guildOnShard("zero", 0, 2).member(alice).textChannel("general");
  final FakeChannel onShard1 = discord.guildOnShard("one", 1, 2).member(alice).textChannel("general");

  @RegisterExtension final MochiTest mochi = MochiTest.create().plugin(new TestCommands(), null).timeout(DiscordFixture.WAIT);

  @AfterEach void stopDiscord() { discord.close(); }

  private void start(DiscordConfig.ShardRange range) {
    mochi.app().plugin(new DiscordAdapter(), DiscordFixture.config(discord).withShards(range));
    DiscordFixture.awaitOnline(mochi, discord);
  }

  private List<List<Integer>> identifiedShards() {
    return discord.gatewayReceived(2).stream().map(GatewayEvent::d).map(d -> d.path("shard"))
        .map(s -> List.of(s.path(0).asInt(), s.path(1).asInt())).toList();
  }

  private String reply(FakeChannel channel, String text) {
    int before = discord.sent(channel).size();
    discord.say(alice, channel, "echo " + text);
    JsonNode body = discord.awaitSent(channel, before + 1, DiscordFixture.WAIT).get(before).body();
    return body.path("content").asText();
  }

  @Test void oneProcessRunsBothShardsOfTwo() {
    start(new DiscordConfig.ShardRange(2, 0, 1));
    assertThat(identifiedShards()).containsExactlyInAnyOrder(List.of(0, 2), List.of(1, 2));
    assertThat(reply(onShard0, "from shard 0")).isEqualTo("from shard 0");
    assertThat(reply(onShard1, "from shard 1")).isEqualTo("from shard 1");
  }

  @Test void aProcessRunningOneShardGetsOnlyThatShardsGuilds() {
    start(new DiscordConfig.ShardRange(2, 1, 1));
    assertThat(identifiedShards()).containsExactly(List.of(1, 2));
    assertThat(reply(onShard1, "mine")).isEqualTo("mine");
    assertThatThrownBy(() -> discord.say(alice, onShard0, "echo not mine")).isInstanceOf(IllegalStateException.class);
  }
}
