package dev.mochi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** The terminal's intake is bounded: at the bound it stops reading until a session finishes, and drops nothing. */
class TerminalIntakeTest {
  private final List<CompletableFuture<Void>> sessions = new ArrayList<>();

  private synchronized CompletableFuture<Void> dispatch() {
    CompletableFuture<Void> f = new CompletableFuture<>();
    sessions.add(f);
    notifyAll();
    return f;
  }

  private synchronized int dispatched() { return sessions.size(); }

  private synchronized void finishAll() {
    for (CompletableFuture<Void> f : sessions) f.complete(null);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void atTheBoundReadingWaitsAndEveryLineIsStillHandled() throws Exception {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 100; i++) input.append("line ").append(i).append('\n');
    TerminalChat chat = new TerminalChat(line -> dispatch(), LoggerFactory.getLogger("test"), 8);
    int[] exit = {-1};
    Thread reader = Thread.ofPlatform().start(() -> {
      try {
        exit[0] = chat.run(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    synchronized (this) {
      while (sessions.size() < 8) wait();
    }
    while (reader.getState() != Thread.State.WAITING) Thread.onSpinWait();
    assertThat(dispatched()).as("messages handed over while none finished").isEqualTo(8);

    while (reader.isAlive()) {
      finishAll();
      reader.join(10);
    }
    assertThat(dispatched()).isEqualTo(100);
    assertThat(exit[0]).isEqualTo(TerminalChat.OK);
  }
}
