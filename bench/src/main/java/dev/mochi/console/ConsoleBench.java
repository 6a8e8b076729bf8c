package dev.mochi.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.console.Console;
import dev.mochi.api.console.DataService;
import dev.mochi.core.App;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The console's two figures (issue 9), server and clients in one JVM on loopback:
 * <ol>
 *   <li>frames per second one socket round-trips: a listener answering {@code {id, action, args}}, sequentially (one
 *       in flight) and pipelined (64 in flight), 5 s each after 2 s of warm-up;</li>
 *   <li>the time from {@code refresh()} of a data service to its receipt on the last of 1,000 connected sockets,
 *       p50 and p99 over 100 refreshes (and over every single receipt).</li>
 * </ol>
 * Run: {@code bench/run console} (or {@code java -cp bench/target/classes:$(cat bench/target/bench.classpath)
 * dev.mochi.console.ConsoleBench [sockets] [refreshes]}).
 */
public final class ConsoleBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConsoleBench() {}

  /** Registers what the bench calls. */
  static final class Load implements Plugin<Void> {
    final AtomicReference<DataService<Long>> tick = new AtomicReference<>();
    final AtomicLong seq = new AtomicLong();

    @Override public String name() { return "bench-load"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.inject(Console.class, console -> {
        console.addListener("echo", (c, args) -> args.get(0, Integer.class));
        tick.set(console.data("tick", seq::get, 0));
      });
    }
  }

  public static void main(String[] argv) throws Exception {
    int sockets = argv.length > 0 ? Integer.parseInt(argv[0]) : 1000;
    int refreshes = argv.length > 1 ? Integer.parseInt(argv[1]) : 100;
    Path dir = Files.createTempDirectory("mochi-console-bench");
    Load load = new Load();
    ConsolePlugin.Config config = new ConsolePlugin.Config(null, 0, null, null, null, null, null, null,
        1_000_000, 1_000_000, 600, null, null, null);
    App app = App.builder().database("jdbc:sqlite:" + dir.resolve("bench.db")).plugin(new ConsolePlugin(), config)
        .plugin(load, (Void) null).build();
    app.start();
    try {
      int port = ((ConsoleService) app.root().get(Console.class).orElseThrow()).server().port();
      HttpClient http = HttpClient.newHttpClient();
      roundTrips(http, port, 1, "sequential");
      roundTrips(http, port, 64, "pipelined (64 in flight)");
      fanOut(http, port, load, sockets, refreshes);
    } finally {
      app.close(Duration.ofSeconds(10));
    }
    System.exit(0);
  }

  private static void roundTrips(HttpClient http, int port, int window, String label) throws Exception {
    Semaphore inFlight = new Semaphore(window);
    AtomicLong answered = new AtomicLong();
    WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new Text(t -> {
      if (t.contains("\"ok\"")) {
        answered.incrementAndGet();
        inFlight.release();
      }
    })).join();
    long count = 0;
    for (long[] phase : new long[][] {{2_000, 0}, {5_000, 1}}) {
      long start = System.nanoTime();
      long startCount = answered.get();
      long end = start + TimeUnit.MILLISECONDS.toNanos(phase[0]);
      while (System.nanoTime() < end) {
        inFlight.acquire();
        ws.sendText("{\"id\":" + (count++) + ",\"action\":\"echo\",\"args\":[" + count + "]}", true).join();
      }
      inFlight.acquire(window);
      inFlight.release(window);
      if (phase[1] == 1) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "round trips, one socket, %s: %.0f frames/s%n", label, (answered.get() - startCount) / seconds);
      }
    }
    ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
  }

  private static void fanOut(HttpClient http, int port, Load load, int sockets, int refreshes) throws Exception {
    AtomicLongArray received = new AtomicLongArray(sockets);
    AtomicReference<CountDownLatch> arrived = new AtomicReference<>(new CountDownLatch(sockets));
    AtomicLong expected = new AtomicLong(-1);
    List<WebSocket> open = new ArrayList<>();
    CountDownLatch connected = new CountDownLatch(sockets);
    for (int i = 0; i < sockets; i++) {
      int index = i;
      open.add(http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new Text(t -> {
        if (!t.contains("\"tick\"")) return;
        long value = value(t);
        if (value == 0) {
          connected.countDown();
        } else if (value == expected.get()) {
          received.set(index, System.nanoTime());
          arrived.get().countDown();
        }
      })).join());
    }
    if (!connected.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("not every socket got the first value");
    long[] toLast = new long[refreshes];
    long[] each = new long[refreshes * sockets];
    int k = 0;
    for (int r = 0; r < refreshes; r++) {
      CountDownLatch latch = new CountDownLatch(sockets);
      arrived.set(latch);
      expected.set(r + 1);
      load.seq.set(r + 1);
      long t0 = System.nanoTime();
      load.tick.get().refresh();
      if (!latch.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("refresh " + r + " did not reach every socket");
      long last = 0;
      for (int i = 0; i < sockets; i++) {
        long d = received.get(i) - t0;
        each[k++] = d;
        last = Math.max(last, d);
      }
      toLast[r] = last;
      Thread.sleep(50);
    }
    Arrays.sort(toLast);
    Arrays.sort(each);
    System.out.printf(Locale.ROOT, "refresh() to receipt on the last of %d sockets: p50 %.1f ms, p99 %.1f ms (%d refreshes)%n",
        sockets, ms(pct(toLast, 50)), ms(pct(toLast, 99)), refreshes);
    System.out.printf(Locale.ROOT, "refresh() to receipt on any one socket: p50 %.1f ms, p99 %.1f ms%n",
        ms(pct(each, 50)), ms(pct(each, 99)));
    for (WebSocket ws : open) ws.abort();
  }

  private static long value(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node.path("data").asLong(-1);
    } catch (Exception e) {
      return -1;
    }
  }

  private static long pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  /** Hands every whole text message to {@code onText}. */
  private static final class Text implements WebSocket.Listener {
    private final java.util.function.Consumer<String> onText;
    private final StringBuilder partial = new StringBuilder();

    Text(java.util.function.Consumer<String> onText) {
      this.onText = onText;
    }

    @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        onText.accept(partial.toString());
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      return CompletableFuture.completedFuture(null);
    }
  }
}
