package dev.mochi.testkit;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.message.Message;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The testkit's bot: platform {@code mock}, self id {@value #SELF_ID}; delivers what it sends to the clients in that chat. */
final class MockBot implements Bot {
  static final String PLATFORM = "mock";
  static final String SELF_ID = "mochi";

  private final List<MockClient> clients = new CopyOnWriteArrayList<>();
  /**
   * Held while one message is delivered to every client in its chat, and by {@link MockClient#drain()}: a test
   * woken by one client's copy never looks at another client's inbox before that client's copy is there.
   */
  final Object delivery = new Object();
  private final AtomicLong ids = new AtomicLong();

  void attach(MockClient client) { clients.add(client); }

  @Override public String platform() { return PLATFORM; }

  @Override public String selfId() { return SELF_ID; }

  @Override public BotStatus status() { return BotStatus.ONLINE; }

  @Override public CompletionStage<List<String>> sendMessage(String channelId, Message message) {
    synchronized (delivery) {
      for (MockClient c : clients) {
        if (!c.isDirect() && c.channelId().equals(channelId)) c.receive(message);
      }
    }
    return CompletableFuture.completedFuture(List.of("sent-" + ids.incrementAndGet()));
  }

  @Override public CompletionStage<List<String>> sendPrivateMessage(String userId, Message message) {
    synchronized (delivery) {
      for (MockClient c : clients) {
        if (c.isDirect() && c.userId().equals(userId)) c.receive(message);
      }
    }
    return CompletableFuture.completedFuture(List.of("sent-" + ids.incrementAndGet()));
  }
}
