package dev.mochi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.adapter.Inbound;
import dev.mochi.api.message.Message;
import dev.mochi.core.App;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A property over generated hostile messages (a head that routes them — a command, a mention, a nickname, nothing —
 * then one to four hostile pieces repeated): through the whole bot with every first-party plugin, the CPU time per
 * character of a 32 KB message stays within a factor of 4 of that of a 1 KB message of the same shape. A cost that
 * grows with the square of the size gives about 32. jqwik prints the seed and the shrunk shape when it fails.
 */
class LinearCostPropertyTest {
  private static final int SMALL = 1_024;
  private static final int LARGE = 32_768;
  private static final double FACTOR = 4;

  private static Path dir;
  private static App app;
  private static final Counting BOT = new Counting();

  /** A bot that counts what it is asked to send and keeps nothing. */
  static final class Counting implements Bot {
    final AtomicLong sent = new AtomicLong();

    @Override public String platform() { return "mock"; }

    @Override public String selfId() { return "mochi"; }

    @Override public BotStatus status() { return BotStatus.ONLINE; }

    @Override public CompletionStage<List<String>> sendMessage(String channelId, Message message) {
      return CompletableFuture.completedFuture(List.of("s" + sent.incrementAndGet()));
    }

    @Override public CompletionStage<List<String>> sendPrivateMessage(String userId, Message message) {
      return sendMessage(userId, message);
    }
  }

  /** A generated message: {@code head}, then {@code piece} repeated; in a guild channel or a private chat. */
  record Shape(String head, String piece, boolean guild) {
    String of(int length) { return CpuCost.repeat(head, piece, length); }
  }

  @BeforeContainer static void startTheBot() throws Exception {
    dir = Files.createTempDirectory("mochi-linear-property");
    app = EveryPlugin.limits(EveryPlugin.plugins(App.builder().database("jdbc:sqlite:" + dir.resolve("mochi.db"))),
        400_000).build();
    app.root().bot(BOT);
    app.start();
  }

  @AfterContainer static void stopTheBot() throws Exception {
    if (app != null) app.close(Duration.ofSeconds(10));
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Provide Arbitrary<Shape> hostile() {
    Arbitrary<String> head = Arbitraries.of(HostileMessages.HEADS);
    Arbitrary<String> piece = Arbitraries.of(HostileMessages.ATOMS).list().ofMinSize(1).ofMaxSize(4)
        .map(parts -> String.join("", parts));
    return Combinators.combine(head, piece, Arbitraries.of(true, false)).as(Shape::new);
  }

  @Property(tries = 20, shrinking = net.jqwik.api.ShrinkingMode.BOUNDED)
  void handlingTimePerKilobyteStaysWithinAFixedFactorOfASmallMessages(@ForAll("hostile") Shape shape) {
    double growth = CpuCost.growth(shape.of(SMALL), shape.of(LARGE), content -> handle(content, shape.guild()), FACTOR);
    assertThat(growth).as("CPU per character at %d / at %d characters of %s", LARGE, SMALL, shape).isLessThan(FACTOR);
  }

  private static void handle(String content, boolean guild) {
    Inbound in = guild ? Inbound.guild("alice", "general", "g", "m" + System.nanoTime(), content)
        : Inbound.direct("alice", "m" + System.nanoTime(), content);
    try {
      app.dispatcher().dispatch(BOT, in).get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("handling failed: " + e, e);
    }
  }
}
