package dev.mochi.bench;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.adapter.Inbound;
import dev.mochi.api.data.Default;
import dev.mochi.api.data.UserData;
import dev.mochi.core.App;
import dev.mochi.core.data.StatementCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Messages per second for the {@code lottery} command through the whole bot (dispatcher, command parser,
 * observed user, group commit on a real SQLite file with {@code synchronous=FULL}), and statements per message.
 *
 * <p>Two loads: one user sending in sequence (each message waits for its reply, so every message pays a
 * commit), and 100 users at once (their flushes share commits). Run with
 * {@code mvn -Pbench -pl bench -am package -DskipTests} (sizes: {@code -Dbench.sequential=N -Dbench.parallel=N}).
 */
public final class LotteryBench {
  private LotteryBench() {}

  /** The lottery's fields. */
  public interface Wallet extends UserData {
    int coins();

    void coins(int value);

    List<String> items();

    @Default("0") long draws();

    void draws(long value);
  }

  static final class Lottery implements Plugin<Void> {
    @Override public void apply(Context ctx, Void config) {
      ctx.model().extend("user", Wallet.class);
      ctx.command("lottery").userFields(Wallet.class).action((argv, s) -> {
        Wallet w = s.user(Wallet.class);
        w.coins(w.coins() + 1);
        w.draws(w.draws() + 1);
        if (w.items().size() < 20) w.items().add("item-" + w.coins());
        return "You got item-" + w.coins();
      });
    }
  }

  public static void main(String[] args) throws Exception {
    int sequential = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int parallel = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    Path dir = Files.createTempDirectory("mochi-bench");
    try (App app = App.builder().database("jdbc:sqlite:" + dir.resolve("bench.db")).plugin(new Lottery()).build()) {
      BenchBot bot = new BenchBot();
      app.root().bot(bot);
      app.start();
      run(app, bot, "warm-up", 1, 300);
      run(app, bot, "one user in sequence", 1, sequential);
      run(app, bot, "100 users at once", 100, parallel);
    } finally {
      delete(dir);
    }
  }

  private static final AtomicLong IDS = new AtomicLong();

  /** Each of {@code users} sends its share in sequence (waiting for each reply); the users run at once. */
  private static void run(App app, BenchBot bot, String label, int users, int messages) throws Exception {
    StatementCounter counter = app.data().statements();
    long statements = counter.total();
    long updates = counter.updates();
    long replies = bot.sent.sum();
    int each = messages / users;
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      String user = label.hashCode() + "-" + u;
      threads.add(Thread.ofVirtual().start(() -> {
        for (int i = 0; i < each; i++) {
          Inbound in = new Inbound(user, "room", Optional.of("guild"), "m" + IDS.incrementAndGet(), "lottery", Instant.now(), user);
          CompletableFuture<Void> done = app.dispatcher().dispatch(bot, in);
          done.join();
        }
      }));
    }
    for (Thread t : threads) t.join();
    double seconds = (System.nanoTime() - start) / 1e9;
    long n = (long) each * users;
    long got = bot.sent.sum() - replies;
    System.out.printf("%-22s %7d messages in %6.2f s = %8.0f msg/s; %.3f statements/message (%.3f updates); replies %d%n",
        label, n, seconds, n / seconds, (counter.total() - statements) / (double) n, (counter.updates() - updates) / (double) n, got);
  }

  private static void delete(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
