package dev.mochi.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.testkit.MochiTest;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console takes its port when the bot starts and starts its HTTP server when the first connection comes: the
 * connections that arrive meanwhile wait and are served, and a port already taken is a clear error at start.
 */
class LazyServerTest {
  @RegisterExtension final MochiTest mochi = Fixture.console((ctx, console) -> {});

  @Test void thePortIsTakenAtStartAndTheFirstRequestsStartTheServerAndAreServed() throws Exception {
    ConsoleServer server = Fixture.server(mochi);
    assertThat(server.serving()).as("no connection has come yet").isFalse();
    assertThat(mochi.logs().containing("Console listening on http://127.0.0.1:" + server.port())).isNotEmpty();

    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest index = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
        .timeout(Duration.ofSeconds(30)).build();
    List<CompletableFuture<HttpResponse<String>>> first = new ArrayList<>();
    for (int i = 0; i < 5; i++) first.add(client.sendAsync(index, HttpResponse.BodyHandlers.ofString()));
    for (CompletableFuture<HttpResponse<String>> r : first) {
      assertThat(r.get().statusCode()).isEqualTo(200);
      assertThat(r.get().body()).containsIgnoringCase("<html");
    }
    assertThat(server.serving()).isTrue();

    Ws ws = Ws.connect(server.port());
    assertThat(TransportTest.code(ws.call("nope", Map.of()))).as("the socket answers on the same port")
        .isEqualTo("not_found");
  }

  @Test void aPortInUseIsNamedWithTheSettingsToChange() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      assertThatThrownBy(() -> mochi.app().plugin(new ConsolePlugin(), ConsolePlugin.Config.defaults().withPort(port)))
          .hasStackTraceContaining("The console cannot listen on 127.0.0.1:" + port + ": the port is in use")
          .hasStackTraceContaining("plugins.console.port");
    }
  }
}
