package dev.mochi.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;
import dev.mochi.testkit.MochiTest;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The envelope on both transports, the package form, and bad input: each with its code and status. */
class TransportTest {
  static final AtomicInteger calls = new AtomicInteger();

  @RegisterExtension final MochiTest mochi = Fixture.console(
      new ConsolePlugin.Config(null, 0, null, null, null, 4096, 4096, null, 20, 40, 2, null, null, null),
      (ctx, console) -> {
        console.addListener("sum", (client, args) -> {
          calls.incrementAndGet();
          return Map.of("sum", args.get("a", Integer.class) + args.get("b", Integer.class));
        });
        console.addListener("fail", (client, args) -> {
          throw new ConsoleException(ErrorCode.CONFLICT, "It clashes", Map.of("with", "x"));
        });
        console.addListener("crash", (client, args) -> {
          throw new IllegalStateException("boom inside the plugin");
        });
      });

  int port() { return Fixture.port(mochi); }

  @Test void aListenerAnswersTheEnvelopeOnTheSocketAndOverHttp() {
    try (Ws ws = Ws.connect(port())) {
      JsonNode r = ws.call("sum", Map.of("a", 2, "b", 3));
      assertThat(r.get("ok").asBoolean()).isTrue();
      assertThat(r.at("/data/sum").asInt()).isEqualTo(5);
    }
    Http.Answer viaPath = Http.post(port(), "/api/sum", "{\"args\": {\"a\": 2, \"b\": 3}}");
    assertThat(viaPath.status()).isEqualTo(200);
    assertThat(viaPath.body().at("/data/sum").asInt()).isEqualTo(5);
    Http.Answer viaEnvelope = Http.post(port(), "/api", "{\"id\": 7, \"action\": \"sum\", \"args\": {\"a\": 2, \"b\": 3}}");
    assertThat(viaEnvelope.body().get("id").asInt()).isEqualTo(7);
    assertThat(viaEnvelope.body().at("/data/sum").asInt()).isEqualTo(5);
  }

  @Test void theSameListenerAsAJianghuPackageOverHttpAndOnTheSocketGivesTheSameResult() {
    String pkg = "{\"packageId\": \"p1\", \"packageType\": \"httpRequest\", \"appData\": {\"appId\": \"mochi\","
        + " \"pageId\": \"demo\", \"actionId\": \"sum\", \"actionData\": {\"a\": 2, \"b\": 3}}}";
    Http.Answer http = Http.post(port(), "/mochi/resource", pkg);
    assertThat(http.status()).isEqualTo(200);
    assertThat(http.body().get("packageId").asText()).isEqualTo("p1");
    assertThat(http.body().get("packageType").asText()).isEqualTo("httpResponse");
    assertThat(http.body().get("status").asText()).isEqualTo("success");
    assertThat(http.body().has("timestamp")).isTrue();
    assertThat(http.body().at("/appData/resultData/sum").asInt()).isEqualTo(5);
    assertThat(http.body().at("/appData/pageId").asText()).isEqualTo("demo");
    try (Ws ws = Ws.connect(port())) {
      ws.send(pkg.replace("httpRequest", "socketRequest"));
      JsonNode r = ws.next(m -> "p1".equals(m.path("packageId").asText()));
      assertThat(r.get("packageType").asText()).isEqualTo("socketResponse");
      assertThat(r.at("/appData/resultData")).isEqualTo(http.body().at("/appData/resultData"));
      assertThat(ws.call("sum", Map.of("a", 2, "b", 3)).get("data")).isEqualTo(r.at("/appData/resultData"));
    }
  }

  @Test void errorsInPackageFormCarryErrorCodeAndReason() {
    Http.Answer http = Http.post(port(), "/mochi/resource",
        "{\"packageId\": \"p2\", \"appData\": {\"actionId\": \"fail\", \"actionData\": {}}}");
    assertThat(http.status()).isEqualTo(409);
    assertThat(http.body().get("status").asText()).isEqualTo("fail");
    assertThat(http.body().at("/appData/errorCode").asText()).isEqualTo("conflict");
    assertThat(http.body().at("/appData/errorReason").asText()).isEqualTo("It clashes");
    assertThat(http.body().at("/appData/errorReasonSupplement/with").asText()).isEqualTo("x");
    Http.Answer wrongApp = Http.post(port(), "/mochi/resource",
        "{\"packageId\": \"p3\", \"appData\": {\"appId\": \"other\", \"actionId\": \"sum\"}}");
    assertThat(wrongApp.body().at("/appData/errorCode").asText()).isEqualTo("not_found");
    Http.Answer noAction = Http.post(port(), "/mochi/resource", "{\"packageId\": \"p4\", \"appData\": {}}");
    assertThat(noAction.status()).isEqualTo(400);
    assertThat(noAction.body().at("/appData/errorCode").asText()).isEqualTo("request_invalid");
    try (Ws ws = Ws.connect(port())) {
      ws.send("{\"packageId\": \"p5\", \"appData\": {\"actionId\": \"nope\"}}");
      JsonNode r = ws.next(m -> "p5".equals(m.path("packageId").asText()));
      assertThat(r.at("/appData/errorCode").asText()).isEqualTo("not_found");
      assertThat(r.at("/appData/errorReason").asText()).contains("nope");
    }
  }

  @Test void badFramesGetTheirCodeAndTheSocketKeepsServing() {
    try (Ws ws = Ws.connect(port())) {
      ws.send("{not json");
      assertThat(code(ws.next(m -> m.has("ok")))).isEqualTo("request_invalid");
      ws.send("{\"action\": \"sum\", \"args\": {}}");
      assertThat(code(ws.next(m -> m.has("ok")))).isEqualTo("request_invalid");
      assertThat(code(ws.call("nope", Map.of()))).isEqualTo("not_found");
      assertThat(code(ws.call("sum", "text"))).isEqualTo("request_invalid");
      JsonNode wrongType = ws.call("sum", Map.of("a", "two", "b", 3));
      assertThat(code(wrongType)).isEqualTo("request_invalid");
      assertThat(wrongType.at("/error/message").asText()).contains("'a'").contains("integer");
      ws.send("{\"id\": {\"x\": 1}, \"action\": \"sum\"}");
      assertThat(code(ws.next(m -> m.has("ok")))).isEqualTo("request_invalid");
      assertThat(code(ws.call("crash", Map.of()))).isEqualTo("server_error");
      ws.send("{\"id\": \"big\", \"action\": \"sum\", \"args\": {\"pad\": \"" + "x".repeat(5000) + "\"}}");
      assertThat(code(ws.next(m -> m.has("ok")))).isEqualTo("payload_too_large");
      assertThat(ws.call("sum", Map.of("a", 1, "b", 1)).at("/data/sum").asInt()).isEqualTo(2);
    }
  }

  @Test void badHttpRequestsGetTheirCodeAndStatus() {
    Http.Answer malformed = Http.post(port(), "/api/sum", "{oops");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(code(malformed.body())).isEqualTo("request_invalid");
    Http.Answer unknown = Http.post(port(), "/api/nope", "{}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(code(unknown.body())).isEqualTo("not_found");
    Http.Answer noAction = Http.post(port(), "/api", "{\"id\": 1}");
    assertThat(noAction.status()).isEqualTo(400);
    Http.Answer big = Http.post(port(), "/api/sum", "{\"args\": {\"pad\": \"" + "x".repeat(5000) + "\"}}");
    assertThat(big.status()).isEqualTo(413);
    assertThat(code(big.body())).isEqualTo("payload_too_large");
    Http.Answer crash = Http.post(port(), "/api/crash", "{}");
    assertThat(crash.status()).isEqualTo(500);
    assertThat(crash.text()).doesNotContain("boom inside the plugin");
    Http.Answer conflict = Http.post(port(), "/api/fail", "{}");
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body().at("/error/detail/with").asText()).isEqualTo("x");
    Http.Answer getOfAWrite = Http.get(port(), "/api/sum");
    assertThat(getOfAWrite.status()).isEqualTo(400);
    assertThat(Http.post(port(), "/api/sum", "{\"args\": {\"a\": 1, \"b\": 2}}").body().at("/data/sum").asInt()).isEqualTo(3);
  }

  @Test void aFloodOfFramesIsRateLimitedAndTheSocketServesAgainAfterwards() throws Exception {
    try (Ws ws = Ws.connect(port())) {
      for (int i = 0; i < 200; i++) ws.send("{\"id\": " + i + ", \"action\": \"sum\", \"args\": {\"a\": 1, \"b\": 1}}");
      int limited = 0;
      int served = 0;
      for (int i = 0; i < 200; i++) {
        JsonNode r = ws.next(m -> m.has("ok"));
        if (r.get("ok").asBoolean()) served++;
        else if (code(r).equals("rate_limited")) limited++;
      }
      assertThat(limited).isGreaterThan(100);
      assertThat(served).isGreaterThanOrEqualTo(40);
      TimeUnit.MILLISECONDS.sleep(1500);
      assertThat(ws.call("sum", Map.of("a", 1, "b", 1)).get("ok").asBoolean()).isTrue();
    }
  }

  @Test void aCrossOriginSocketAndAForeignHostAreRefused() {
    assertThatThrownBy(() -> Ws.connect(port(), "http://evil.example"))
        .isInstanceOf(CompletionException.class)
        .cause().isInstanceOf(WebSocketHandshakeException.class)
        .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode()).isEqualTo(403));
    try (Ws sameOrigin = Ws.connect(port(), "http://127.0.0.1:" + port())) {
      assertThat(sameOrigin.call("sum", Map.of("a", 1, "b", 2)).at("/data/sum").asInt()).isEqualTo(3);
    }
    Http.Answer crossPost = Http.post(port(), "/api/sum", "{\"args\": {\"a\": 1, \"b\": 2}}", "Origin", "http://evil.example");
    assertThat(crossPost.status()).isEqualTo(403);
    assertThat(code(crossPost.body())).isEqualTo("forbidden");
    String upgrade = "GET /ws HTTP/1.1\r\nHost: rebind.example:" + port() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    assertThat(Http.raw(port(), upgrade)).isEqualTo(403);
    String post = "POST /api/sum HTTP/1.1\r\nHost: rebind.example\r\nContent-Type: application/json\r\n"
        + "Content-Length: 2\r\nConnection: close\r\n\r\n{}";
    assertThat(Http.raw(port(), post)).isEqualTo(403);
    int before = calls.get();
    assertThat(Http.post(port(), "/api/sum", "{\"args\": {\"a\": 1, \"b\": 2}}").status()).isEqualTo(200);
    assertThat(calls.get()).isEqualTo(before + 1);
  }

  @Test void pingIsAnsweredAndASilentSocketIsClosed() throws Exception {
    try (Ws ws = Ws.connect(port())) {
      ws.send("{\"type\": \"ping\"}");
      assertThat(ws.next(m -> "pong".equals(m.path("type").asText()))).isNotNull();
      for (int i = 0; i < 6; i++) {
        TimeUnit.MILLISECONDS.sleep(500);
        ws.send("{\"type\": \"ping\"}");
      }
      assertThat(ws.closed).isNotDone();
      assertThat(ws.closed.get(10, TimeUnit.SECONDS)).isEqualTo(SocketRoutes.SILENT);
    }
    try (Ws again = Ws.connect(port())) {
      assertThat(again.call("sum", Map.of("a", 1, "b", 2)).get("ok").asBoolean()).isTrue();
    }
  }

  static String code(JsonNode reply) {
    return reply.at("/error/code").asText();
  }

}
