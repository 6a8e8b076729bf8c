package dev.mochi.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** A real WebSocket client (java.net.http) for tests: every text message it receives, in order. */
final class Ws implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(20);
  private static final AtomicInteger IDS = new AtomicInteger();

  final LinkedBlockingQueue<JsonNode> inbox;
  final CompletableFuture<Integer> closed;
  private final List<JsonNode> seen = new ArrayList<>();
  final WebSocket socket;

  private final HttpClient client;

  private Ws(HttpClient client, WebSocket socket, Listener listener) {
    this.client = client;
    this.socket = socket;
    this.inbox = listener.inbox;
    this.closed = listener.closed;
  }

  static Ws connect(int port) {
    return connect(port, null);
  }

  static Ws connect(int port, String origin) {
    Listener listener = new Listener();
    HttpClient client = HttpClient.newHttpClient();
    WebSocket.Builder b = client.newWebSocketBuilder().connectTimeout(WAIT);
    if (origin != null) b.header("Origin", origin);
    try {
      // bounded: a handshake the server never answers fails the test instead of hanging the suite
      WebSocket s = b.buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), listener).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
      return new Ws(client, s, listener);
    } catch (RuntimeException e) {
      client.shutdownNow();
      throw e;
    }
  }

  private static final class Listener implements WebSocket.Listener {
    final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        inbox.add(Json.parse(text));
      }
      ws.request(1);
      return null;
    }

    @Override public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      closed.complete(status);
      return null;
    }

    @Override public void onError(WebSocket ws, Throwable error) {
      closed.completeExceptionally(error);
    }
  }

  void send(String text) {
    socket.sendText(text, true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
  }

  /** Sends {@code {id, action, args}} and waits for the response with that id. */
  JsonNode call(String action, Object args) {
    String id = "t" + IDS.incrementAndGet();
    send(Json.write(java.util.Map.of("id", id, "action", action, "args", args)));
    return response(id);
  }

  JsonNode response(String id) {
    return next(m -> m.has("id") && id.equals(m.get("id").asText()) && m.has("ok"));
  }

  /** The next message (seen before or arriving within the wait) that matches. */
  JsonNode next(Predicate<JsonNode> which) {
    synchronized (seen) {
      for (int i = 0; i < seen.size(); i++) {
        if (which.test(seen.get(i))) return seen.remove(i);
      }
    }
    long end = System.nanoTime() + WAIT.toNanos();
    try {
      while (true) {
        long left = end - System.nanoTime();
        JsonNode m = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
        if (m == null) throw new AssertionError("No matching message within " + WAIT + "; unmatched: " + seen);
        if (which.test(m)) return m;
        synchronized (seen) {
          seen.add(m);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Asserts that no message matching {@code which} arrives (or arrived) within {@code wait}. */
  void none(Predicate<JsonNode> which, Duration wait) {
    long end = System.nanoTime() + wait.toNanos();
    try {
      while (System.nanoTime() < end) {
        JsonNode m = inbox.poll(10, TimeUnit.MILLISECONDS);
        if (m != null) {
          synchronized (seen) {
            seen.add(m);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (seen) {
      assertThat(seen).noneMatch(which);
    }
  }

  /** The next push of data service {@code key}. */
  JsonNode data(String key) {
    return next(m -> "data".equals(m.path("type").asText()) && key.equals(m.path("key").asText()));
  }

  static Predicate<JsonNode> ofKey(String key) {
    return m -> key.equals(m.path("key").asText());
  }

  @Override public void close() {
    if (!socket.isOutputClosed()) socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    socket.abort();
    client.shutdownNow();
  }
}
