package dev.mochi.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fake speaks Discord well enough for plain JDA: it connects, sees guilds, receives and sends messages. */
@Timeout(60)
class FakeDiscordTest {
  private final FakeDiscord discord = FakeDiscord.start();
  private JDA jda;

  @AfterEach void stop() throws InterruptedException {
    if (jda != null) {
      jda.shutdown();
      jda.awaitShutdown(Duration.ofSeconds(10));
    }
    discord.close();
  }

  private JDA connect(Object listener) throws InterruptedException {
    String gateway = discord.gatewayUrl();
    jda = JDABuilder.createLight(discord.token(), EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES,
            GatewayIntent.MESSAGE_CONTENT))
        .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
        .setSessionController(new ConcurrentSessionController() {
          @Override public String getGateway() { return gateway; }
        })
        .setCompression(Compression.NONE)
        .setChunkingFilter(ChunkingFilter.NONE)
        .addEventListeners(listener)
        .build();
    jda.awaitReady();
    return jda;
  }

  @Test void jdaConnectsSeesTheGuildAndExchangesMessages() throws InterruptedException {
    FakeUser alice = discord.user("alice");
    FakeGuild guild = discord.guild("Test guild").member(alice);
    FakeChannel general = guild.textChannel("general");
    BlockingQueue<MessageReceivedEvent> received = new LinkedBlockingQueue<>();
    BlockingQueue<MessageReceivedEvent> ownMessages = new LinkedBlockingQueue<>();
    connect(new ListenerAdapter() {
      @Override public void onMessageReceived(MessageReceivedEvent event) {
        (event.getAuthor().getId().equals(discord.self().id()) ? ownMessages : received).add(event);
      }
    });

    assertThat(jda.getSelfUser().getId()).isEqualTo(discord.self().id());
    assertThat(jda.getGuildById(guild.id())).isNotNull();
    assertThat(jda.getTextChannelById(general.id()).getName()).isEqualTo("general");

    String id = discord.say(alice, general, "hello bot");
    MessageReceivedEvent event = received.poll(10, TimeUnit.SECONDS);
    assertThat(event).isNotNull();
    assertThat(event.getMessageId()).isEqualTo(id);
    assertThat(event.getMessage().getContentRaw()).isEqualTo("hello bot");
    assertThat(event.getAuthor().getName()).isEqualTo("alice");

    event.getChannel().sendMessage("hello alice").complete();
    MessageReceivedEvent own = ownMessages.poll(10, TimeUnit.SECONDS);
    assertThat(own).as("Discord echoes the bot's own message").isNotNull();
    assertThat(own.getMessage().getContentRaw()).isEqualTo("hello alice");
    assertThat(discord.sent(general)).singleElement()
        .satisfies(c -> assertThat(c.body().path("content").asText()).isEqualTo("hello alice"));

    discord.dm(alice, "psst");
    MessageReceivedEvent dm = received.poll(10, TimeUnit.SECONDS);
    assertThat(dm.isFromGuild()).isFalse();
    dm.getChannel().sendMessage("psst back").complete();
    assertThat(discord.sent(discord.dmChannel(alice))).hasSize(1);
    assertThat(discord.protocolProblems()).isEmpty();
  }

  @Test void heartbeatsAreAnswered() throws InterruptedException {
    discord.heartbeatInterval(Duration.ofMillis(200));
    connect(new ListenerAdapter() {});
    discord.await(() -> discord.gatewayReceived(FakeGateway.HEARTBEAT).size() >= 4, Duration.ofSeconds(20),
        () -> "four heartbeats");
    assertThat(jda.getGatewayPing()).isGreaterThanOrEqualTo(0);
    assertThat(discord.gatewayReceived(FakeGateway.IDENTIFY)).hasSize(1);
  }
}
