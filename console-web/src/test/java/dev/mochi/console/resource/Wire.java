package dev.mochi.console.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/** The console's transports as a client sees them: real HTTP (java.net.http) and a real WebSocket on a port. */
final class Wire {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration WAIT = Duration.ofSeconds(20);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final AtomicLong IDS = new AtomicLong();

  /** An HTTP answer: its status and JSON body. */
  record Answer(int status, JsonNode body) {
    JsonNode data() { return body.get("data"); }

    String code() { return body.path("error").path("code").asText(); }
  }

  private final int port;
  private final String token;

  Wire(int port, String token) {
    this.port = port;
    this.token = token;
  }

  /** The same console as the user of {@code token} (null: anonymous). */
  Wire as(String other) {
    return new Wire(port, other);
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  /** {@code GET /api/<route>?<params>}, each parameter as NocoBase sends it (objects and arrays as JSON text). */
  Answer get(String route, Map<String, ?> params) {
    StringBuilder q = new StringBuilder();
    params.forEach((k, v) -> {
      q.append(q.isEmpty() ? "?" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(v instanceof String s ? s : write(v), StandardCharsets.UTF_8));
    });
    return send(request("/api/" + route + q).GET());
  }

  /** {@code POST /api/<route>} with {@code {args}}. */
  Answer post(String route, Map<String, ?> args) {
    return postRaw("/api/" + route, write(Map.of("args", args)));
  }

  Answer postRaw(String path, String body) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
  }

  /** A JianghuJS package at {@code POST /mochi/resource}; returns the whole answer. */
  Answer pkg(String pageId, String actionId, Map<String, ?> appData) {
    return postRaw("/mochi/resource", write(pkgBody(pageId, actionId, appData)));
  }

  static Map<String, Object> pkgBody(String pageId, String actionId, Map<String, ?> appData) {
    Map<String, Object> app = new LinkedHashMap<>(appData);
    app.put("pageId", pageId);
    app.put("actionId", actionId);
    return Map.of("packageId", "p" + IDS.incrementAndGet(), "packageType", "httpRequest", "appData", app);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(WAIT);
    if (token != null) b.header("Authorization", "Bearer " + token);
    return b;
  }

  private static Answer send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), parse(r.body()));
    } catch (IOException e) {
      throw new AssertionError("HTTP failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A socket on {@code /ws}, logged in with the token when there is one. */
  Socket socket() {
    Socket s = new Socket(port);
    if (token != null) {
      JsonNode r = s.call("auth", Map.of("token", token));
      if (!r.path("ok").asBoolean()) throw new AssertionError("auth failed: " + r);
    }
    return s;
  }

  /** A real WebSocket client: every message it receives, in order. */
  static final class Socket implements AutoCloseable, WebSocket.Listener {
    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket ws;

    Socket(int port) {
      ws = HTTP.newWebSocketBuilder().connectTimeout(WAIT).buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), this)
          .orTimeout(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join();   // bounded: fail, never hang
    }

    @Override public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        inbox.add(parse(partial.toString()));
        partial.setLength(0);
      }
      w.request(1);
      return null;
    }

    void send(Object frame) {
      ws.sendText(write(frame), true).orTimeout(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).join();
    }

    /** Sends {@code {id, action, args}} and waits for its response. */
    JsonNode call(String action, Object args) {
      String id = "s" + IDS.incrementAndGet();
      send(Map.of("id", id, "action", action, "args", args));
      return next(m -> id.equals(m.path("id").asText()) && m.has("ok"));
    }

    /** Sends a JianghuJS package and waits for its answer. */
    JsonNode pkg(String pageId, String actionId, Map<String, ?> appData) {
      Map<String, Object> body = pkgBody(pageId, actionId, appData);
      send(body);
      return next(m -> body.get("packageId").equals(m.path("packageId").asText()));
    }

    /** The next message (already received or arriving within the wait) that matches. */
    JsonNode next(Predicate<JsonNode> which) {
      synchronized (seen) {
        for (int i = 0; i < seen.size(); i++) if (which.test(seen.get(i))) return seen.remove(i);
      }
      long end = System.nanoTime() + WAIT.toNanos();
      try {
        while (true) {
          long left = end - System.nanoTime();
          JsonNode m = left <= 0 ? null : inbox.poll(left, TimeUnit.NANOSECONDS);
          if (m == null) throw new AssertionError("No matching message within " + WAIT + "; got " + seen);
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

    /** Every message received so far or within {@code wait} that matches. */
    List<JsonNode> all(Predicate<JsonNode> which, Duration wait) {
      long end = System.nanoTime() + wait.toNanos();
      try {
        JsonNode m;
        while (System.nanoTime() < end) {
          if ((m = inbox.poll(10, TimeUnit.MILLISECONDS)) != null) {
            synchronized (seen) {
              seen.add(m);
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (seen) {
        return seen.stream().filter(which).toList();
      }
    }

    @Override public void close() {
      if (!ws.isOutputClosed()) ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
      ws.abort();
    }
  }
}
