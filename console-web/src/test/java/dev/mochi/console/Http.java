package dev.mochi.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Real HTTP for tests: java.net.http, and a raw socket for what it will not send (a foreign Host header). */
final class Http {
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  record Answer(int status, JsonNode body, String text) {}

  private Http() {}

  static Answer post(int port, String path, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    if (headers.length > 0) b.headers(headers);
    return send(b.build());
  }

  static Answer get(int port, String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20)).GET();
    if (headers.length > 0) b.headers(headers);
    return send(b.build());
  }

  static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode body = null;
      try {
        body = Json.parse(r.body());
      } catch (RuntimeException notJson) {
        // a file or a plain-text error
      }
      return new Answer(r.statusCode(), body, r.body());
    } catch (IOException e) {
      throw new AssertionError("HTTP request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Sends raw request bytes and returns the status line's code. */
  static int raw(int port, String request) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      StringBuilder line = new StringBuilder();
      int ch;
      while ((ch = in.read()) != -1 && ch != '\n') line.append((char) ch);
      String[] parts = line.toString().split(" ");
      return Integer.parseInt(parts[1]);
    } catch (IOException e) {
      throw new AssertionError("raw HTTP failed: " + e, e);
    }
  }
}
