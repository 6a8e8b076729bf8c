package dev.mochi.bench;

import at.favre.lib.crypto.bcrypt.BCrypt;
import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.TableOptions;
import dev.mochi.console.ConsolePlugin;
import dev.mochi.core.App;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * List throughput of a table resource over HTTP: the console in this process on a SQLite file with 1,000 rows,
 * {@code clients} concurrent HTTP clients asking {@code GET /api/item:list?sort=-score&page=N&pageSize=20} as the
 * owner (a Bearer token, checked per request), for {@code seconds} after a warm-up. Prints requests per second and the
 * latency percentiles.
 *
 * <pre>java -cp "$(cat bench/target/bench.classpath):bench/target/classes" dev.mochi.bench.ResourceListBench
 *     [--clients=4] [--seconds=15] [--warmup=5]</pre>
 */
public final class ResourceListBench {
  private ResourceListBench() {}

  /** The benchmark's table. */
  static final class Items implements Plugin<Void> {
    @Override public String name() { return "items"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.model().extend("item", Map.of("name", FieldType.string(64), "score", FieldType.integer().withDefault("0"),
          "note", FieldType.string().withDefault("")), TableOptions.primary("id").autoIncrement().index("score"));
    }
  }

  public static void main(String[] args) throws Exception {
    ChatBench.Options o = new ChatBench.Options(args);
    int clients = o.number("clients", 4);
    int seconds = o.number("seconds", 15);
    int warmup = o.number("warmup", 5);
    Path dir = Files.createTempDirectory("mochi-resource-bench");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    App app = App.builder().database("jdbc:sqlite:" + dir.resolve("mochi.db"))
        .plugin(new ConsolePlugin(), ConsolePlugin.Config.defaults().withPort(port))
        .plugin(new Items(), (Void) null).build();
    app.start();
    try {
      Database db = app.root().database();
      for (int i = 0; i < 1000; i++) db.create("item", Map.of("name", "item " + i, "score", i % 37, "note", "note " + i));
      long owner = db.create("user", Map.of("name", "bench", "authority", 5)).get("id", Long.class);
      db.create("console_login", Map.of("userId", owner, "name", "bench", "passwordHash",
          BCrypt.withDefaults().hashToString(4, "bench-password".toCharArray()), "passwordChangedAt", Instant.now()));
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String base = "http://127.0.0.1:" + port;
      HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/login.password"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"args\":{\"name\":\"bench\",\"password\":\"bench-password\"}}"))
          .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
      String token = login.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
      if (login.statusCode() != 200 || token.equals(login.body())) throw new IllegalStateException("login failed: " + login.body());

      run(http, base, token, clients, warmup, new ArrayList<>());
      List<Long> nanos = new ArrayList<>();
      long start = System.nanoTime();
      long done = run(http, base, token, clients, seconds, nanos);
      double elapsed = (System.nanoTime() - start) / 1e9;
      long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("clients", clients);
      out.put("seconds", Math.round(elapsed * 10) / 10.0);
      out.put("requests", done);
      out.put("requestsPerSecond", Math.round(done / elapsed));
      out.put("p50Ms", pct(sorted, 0.50));
      out.put("p99Ms", pct(sorted, 0.99));
      System.out.println(out);
    } finally {
      app.close(Duration.ofSeconds(10));
    }
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) return 0;
    return Math.round(sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 10_000.0) / 100.0;
  }

  /** {@code clients} loops of list requests for {@code seconds}; returns how many answered 200 with 20 rows. */
  private static long run(HttpClient http, String base, String token, int clients, int seconds, List<Long> nanos)
      throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int first = c;
      threads.add(Thread.ofPlatform().start(() -> {
        List<Long> mine = new ArrayList<>();
        int page = first;
        while (!stop.get()) {
          page = page % 50 + 1;
          HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/item:list?sort=-score&pageSize=20&page=" + page))
              .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() == 200 && resp.body().contains("\"pageSize\":20")) {
              ok.incrementAndGet();
              mine.add(System.nanoTime() - t0);
            } else {
              failed.incrementAndGet();
            }
          } catch (Exception e) {
            failed.incrementAndGet();
          }
        }
        synchronized (nanos) {
          nanos.addAll(mine);
        }
      }));
    }
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    for (Thread t : threads) t.join();
    if (failed.get() > 0) System.err.println("failed requests: " + failed.get());
    return ok.get();
  }
}
