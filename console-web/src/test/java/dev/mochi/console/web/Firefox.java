package dev.mochi.console.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Debian's Firefox (firefox-esr), headless, driven over WebDriver BiDi, the W3C protocol Firefox speaks itself: no
 * geckodriver and no browser download. A fresh profile that sends nothing off the machine (every proxy points at a
 * closed loopback port, updates, telemetry and remote settings off). Only what the Firefox test needs: navigate,
 * evaluate a script, take a screenshot.
 */
final class Firefox implements AutoCloseable {
  private static final List<String> NAMES = List.of("firefox-esr", "firefox");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CALL = Duration.ofSeconds(30);

  private final Process process;
  private final Path profile;
  private final HttpClient http = HttpClient.newHttpClient();
  private final WebSocket socket;
  private final Map<Integer, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final String context;

  /** The first of firefox-esr and firefox on the PATH. */
  static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String name : NAMES) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (!dir.isEmpty() && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  Firefox(Path executable) throws Exception {
    profile = Files.createTempDirectory("mochi-firefox");
    Files.writeString(profile.resolve("user.js"), String.join("\n",
        "user_pref(\"network.proxy.type\", 1);",
        "user_pref(\"network.proxy.http\", \"127.0.0.1\");",
        "user_pref(\"network.proxy.http_port\", 9);",
        "user_pref(\"network.proxy.ssl\", \"127.0.0.1\");",
        "user_pref(\"network.proxy.ssl_port\", 9);",
        "user_pref(\"network.proxy.no_proxies_on\", \"127.0.0.1\");",
        "user_pref(\"network.proxy.allow_hijacking_localhost\", false);",
        "user_pref(\"app.update.enabled\", false);",
        "user_pref(\"app.update.auto\", false);",
        "user_pref(\"toolkit.telemetry.enabled\", false);",
        "user_pref(\"datareporting.policy.dataSubmissionEnabled\", false);",
        "user_pref(\"network.captive-portal-service.enabled\", false);",
        "user_pref(\"network.connectivity-service.enabled\", false);",
        "user_pref(\"services.settings.server\", \"http://127.0.0.1:9/\");",
        "user_pref(\"browser.safebrowsing.malware.enabled\", false);",
        "user_pref(\"browser.safebrowsing.phishing.enabled\", false);",
        "user_pref(\"extensions.update.enabled\", false);",
        ""));
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    process = new ProcessBuilder(executable.toString(), "--headless", "--no-remote", "--profile", profile.toString(),
        "--remote-debugging-port=" + port, "--window-size=1280,900", "about:blank")
        .redirectErrorStream(true).start();
    String endpoint = awaitEndpoint(process, Duration.ofSeconds(60));
    socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
        .buildAsync(URI.create(endpoint + "/session"), new Listener()).get(20, TimeUnit.SECONDS);
    call("session.new", Map.of("capabilities", Map.of()));
    context = call("browsingContext.getTree", Map.of()).at("/contexts/0/context").asText();
  }

  /** Reads Firefox's output until it names its BiDi address; drains the rest in the background. */
  private static String awaitEndpoint(Process process, Duration timeout) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    Thread.ofPlatform().daemon().name("firefox-output").start(() -> {
      try {
        String line;
        while ((line = out.readLine()) != null) {
          int at = line.indexOf("WebDriver BiDi listening on ");
          if (at >= 0) endpoint.complete(line.substring(at + "WebDriver BiDi listening on ".length()).strip());
        }
        endpoint.completeExceptionally(new IOException("Firefox ended without a BiDi address"));
      } catch (IOException e) {
        endpoint.completeExceptionally(e);
      }
    });
    return endpoint.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Sends one command and waits for its result (an error answer throws, with Firefox's message). */
  JsonNode call(String method, Object params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    calls.put(id, answer);
    ObjectNode frame = JSON.createObjectNode().put("id", id).put("method", method);
    frame.set("params", JSON.valueToTree(params));
    socket.sendText(JSON.writeValueAsString(frame), true).get(CALL.toSeconds(), TimeUnit.SECONDS);
    JsonNode reply = answer.get(CALL.toSeconds(), TimeUnit.SECONDS);
    if ("error".equals(reply.path("type").asText())) {
      throw new AssertionError(method + " failed: " + reply.path("error").asText() + ": " + reply.path("message").asText());
    }
    return reply.path("result");
  }

  /** Loads {@code url} in the tab and waits until the document has loaded. */
  void navigate(String url) throws Exception {
    call("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"));
  }

  /**
   * Evaluates {@code expression} (awaiting a promise) in the tab and returns its value as text, or an empty text for
   * undefined and null; a script that throws fails with its message.
   */
  String eval(String expression) throws Exception {
    JsonNode r = call("script.evaluate", Map.of("expression", expression, "target", Map.of("context", context),
        "awaitPromise", true));
    if ("exception".equals(r.path("type").asText())) {
      throw new AssertionError("script failed: " + r.at("/exceptionDetails/text").asText() + " in: " + expression);
    }
    JsonNode value = r.at("/result/value");
    return value.isMissingNode() || value.isNull() ? "" : value.asText();
  }

  /** Evaluates {@code expression} until its value satisfies {@code wanted}, for up to 20 s; returns the last value. */
  String await(String expression, Predicate<String> wanted, String what) throws Exception {
    Instant end = Instant.now().plusSeconds(20);
    String last = "";
    while (Instant.now().isBefore(end)) {
      last = eval(expression);
      if (wanted.test(last)) return last;
      Thread.sleep(100);
    }
    throw new AssertionError("in Firefox, within 20 s: " + what + "; last value: " + last);
  }

  /** A PNG of the tab, for a failed test's artifact. */
  byte[] screenshot() throws Exception {
    return Base64.getDecoder().decode(call("browsingContext.captureScreenshot", Map.of("context", context)).path("data").asText());
  }

  @Override public void close() {
    try {
      call("session.end", Map.of());
    } catch (Exception | AssertionError e) {
      // Firefox may close the socket before it answers; it is stopped below either way
    }
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.shutdownNow();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gathers text frames (a message may come in parts) and completes the call each answer names. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(text.toString());
          CompletableFuture<JsonNode> answer = message.has("id") ? calls.remove(message.get("id").asInt()) : null;
          if (answer != null) answer.complete(message);
        } catch (IOException e) {
          calls.values().forEach(c -> c.completeExceptionally(e));
        }
        text.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }
}
