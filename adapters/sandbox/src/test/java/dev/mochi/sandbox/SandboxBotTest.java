package dev.mochi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.message.Element;
import dev.mochi.api.message.Message;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SandboxBotTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final SandboxBot bot = new SandboxBot(new TerminalOutbox(new PrintStream(bytes, false, StandardCharsets.UTF_8)),
      SandboxAdapter.Config.DEFAULT_MAX_LENGTH);

  private List<String> printedLines() {
    String text = bytes.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split(System.lineSeparator()));
  }

  @Test void identifiesAsTheSandboxPlatformWithSelfIdMochi() {
    assertThat(bot.platform()).isEqualTo("sandbox");
    assertThat(bot.selfId()).isEqualTo("mochi");
    assertThat(bot.status()).isEqualTo(BotStatus.OFFLINE);
  }

  @Test void printsAMessageAsAPersonReadsItOnOneLine() {
    bot.sendPrivateMessage("alice", Message.of(Element.at("42"), Element.text(" hi <b> & "), Element.image("a.png")));

    assertThat(printedLines()).containsExactly("@42 hi <b> & [image: a.png]");
  }

  @Test void printsAMultiLineReplyAsItsLines() {
    bot.sendMessage("general", Message.text("Available commands:\n    echo  Repeat\r\n    help  Show help"));

    assertThat(printedLines()).containsExactly("Available commands:", "    echo  Repeat", "    help  Show help");
  }

  @Test void sendsNothingForAnEmptyMessage() {
    List<String> ids = bot.sendMessage("general", Message.empty()).toCompletableFuture().join();

    assertThat(ids).isEmpty();
    assertThat(printedLines()).isEmpty();
  }

  @Test void givesEveryMessageItsOwnId() {
    List<String> first = bot.sendMessage("general", Message.text("a")).toCompletableFuture().join();
    List<String> second = bot.sendPrivateMessage("alice", Message.text("b")).toCompletableFuture().join();

    assertThat(first).hasSize(1);
    assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
  }

  @Test void keepsTheLinesOfMessagesSentFromManyThreadsTogether() throws Exception {
    int threads = 16;
    int perThread = 200;
    Collection<String> ids = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            String tag = thread + "-" + i;
            ids.addAll(bot.sendMessage("c", Message.text("first " + tag + "\nsecond " + tag))
                .toCompletableFuture().join());
          }
          return null;
        });
      }
      start.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    List<String> lines = printedLines();
    assertThat(lines).hasSize(threads * perThread * 2);
    List<String> pairsBroken = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += 2) {
      String tag = lines.get(i).substring("first ".length());
      if (!lines.get(i + 1).equals("second " + tag)) pairsBroken.add(lines.get(i) + " / " + lines.get(i + 1));
    }
    assertThat(pairsBroken).isEmpty();
    assertThat(ids).doesNotHaveDuplicates().hasSize(threads * perThread);
  }
}
