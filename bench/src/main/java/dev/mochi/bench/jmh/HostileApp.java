package dev.mochi.bench.jmh;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.adapter.Inbound;
import dev.mochi.api.message.Message;
import dev.mochi.core.App;
import dev.mochi.core.config.MessageConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bot the hostile-message benchmarks send to: a real app on a SQLite file in a temporary directory, limits raised
 * so that no message of up to 200 KB is refused (a refused message would cost next to nothing), an {@code echo} and a
 * {@code num <n:number>} command, and a bot whose sending costs nothing.
 */
public final class HostileApp implements AutoCloseable {
  /** Messages up to this many characters are handled, not refused. */
  public static final int MAX = 2 * 102_400;

  private final Path dir;
  private final App app;
  private final Bot bot = new NullBot();
  private final AtomicLong ids = new AtomicLong();

  private static final class NullBot implements Bot {
    private static final CompletionStage<List<String>> SENT = CompletableFuture.completedFuture(List.of());

    @Override public String platform() { return "bench"; }

    @Override public String selfId() { return "mochi"; }

    @Override public BotStatus status() { return BotStatus.ONLINE; }

    @Override public CompletionStage<List<String>> sendMessage(String channelId, Message message) { return SENT; }

    @Override public CompletionStage<List<String>> sendPrivateMessage(String userId, Message message) { return SENT; }
  }

  public HostileApp() throws IOException {
    dir = Files.createTempDirectory("mochi-hostile-bench");
    app = App.builder().database("jdbc:sqlite:" + dir.resolve("bench.db"))
        .message(new MessageConfig(MAX, MAX, 256, MAX, MAX)).build();
    app.root().command("echo <message:text>").action((argv, s) -> argv.arg(0, String.class));
    app.root().command("num <n:number>").action((argv, s) -> null);
    app.root().bot(bot);
    app.start();
  }

  /** Hands {@code content} to the runtime from user alice (in a guild channel or a private chat) and waits. */
  public void handle(String content, boolean guild) {
    String id = "m" + ids.incrementAndGet();
    Inbound in = guild ? Inbound.guild("alice", "general", "g", id, content) : Inbound.direct("alice", id, content);
    app.dispatcher().dispatch(bot, in).join();
  }

  @Override public void close() throws IOException {
    app.close(Duration.ofSeconds(10));
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
