package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.adapter.BotStatus;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.Test;

class ConnectionStatesTest {
  private final List<BotStatus> changes = new ArrayList<>();
  private final ConnectionStates states = new ConnectionStates(shard -> shard < 2, () -> 2, changes::add);

  @Test void theBotIsOnlineWhenEveryShardIsAndReconnectingWhenOneLosesItsConnection() {
    states.force(BotStatus.CONNECTING);
    states.shard(0, JDA.Status.CONNECTING_TO_WEBSOCKET);
    states.shard(1, JDA.Status.CONNECTING_TO_WEBSOCKET);
    states.shard(0, JDA.Status.CONNECTED);
    states.shard(1, JDA.Status.CONNECTED);
    states.shard(1, JDA.Status.DISCONNECTED);
    states.shard(1, JDA.Status.IDENTIFYING_SESSION);
    states.shard(1, JDA.Status.CONNECTED);
    assertThat(changes).containsExactly(BotStatus.CONNECTING, BotStatus.ONLINE, BotStatus.RECONNECTING, BotStatus.ONLINE);
  }

  @Test void oneShardOnlineIsNotTheWholeBot() {
    states.shard(0, JDA.Status.CONNECTED);
    assertThat(states.current()).isEqualTo(BotStatus.CONNECTING);
  }

  @Test void aShardOutsideTheRangeDoesNotHoldTheBotBack() {
    states.shard(5, JDA.Status.INITIALIZED);
    states.shard(0, JDA.Status.CONNECTED);
    states.shard(1, JDA.Status.CONNECTED);
    assertThat(states.current()).isEqualTo(BotStatus.ONLINE);
  }

  @Test void shuttingDownIsDisconnectingThenOffline() {
    states.shard(0, JDA.Status.CONNECTED);
    states.shard(1, JDA.Status.CONNECTED);
    states.shard(0, JDA.Status.SHUTTING_DOWN);
    states.shard(1, JDA.Status.SHUTTING_DOWN);
    states.shard(0, JDA.Status.SHUTDOWN);
    states.shard(1, JDA.Status.SHUTDOWN);
    assertThat(changes).containsExactly(BotStatus.CONNECTING, BotStatus.ONLINE, BotStatus.DISCONNECTING,
        BotStatus.OFFLINE);
  }
}
