package dev.mochi.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.resource.ActionRequest;
import dev.mochi.console.resource.ResourceTransport;
import dev.mochi.testkit.MochiTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A listener with authority 3: answers 3, refuses 2 (forbidden) and anonymous (not_authenticated) before it runs. */
class ListenerTest {
  static final AtomicInteger ran = new AtomicInteger();

  @RegisterExtension final MochiTest mochi = Fixture.console((ctx, console) -> {
    console.addListener("get-greeting", (client, args) -> {
      ran.incrementAndGet();
      return List.of("Hello", client.user().orElseThrow().name(), "authority " + client.authority(),
          String.join(",", client.channels().stream().sorted().toList()));
    }, 3);
    // a listener that reads a resource for its caller, as a plugin page's action might
    console.addListener("logins-of", (client, args) -> ctx.resources().call(ResourceTransport.caller(client),
        ActionRequest.of(args.get("table", String.class), "list", Map.of())));
  });

  @Test void aResourceErrorInsideAListenerIsAnsweredAsTheResourceRouteAnswersIt() {
    try (Ws anonymous = Ws.connect(Fixture.port(mochi)); Ws owner = Fixture.login(mochi, "erin", 5)) {
      for (Ws ws : List.of(anonymous, owner)) {
        for (String table : List.of("console_login", "no_such_table")) {
          JsonNode viaListener = ws.call("logins-of", Map.of("table", table));
          JsonNode viaRoute = ws.call(table + ":list", Map.of());
          assertThat(viaListener.get("ok").asBoolean()).isFalse();
          assertThat(viaListener.get("error")).as(table).isEqualTo(viaRoute.get("error"));
        }
      }
      assertThat(TransportTest.code(anonymous.call("logins-of", Map.of("table", "console_login")))).isEqualTo("not_authenticated");
      JsonNode denied = owner.call("logins-of", Map.of("table", "console_login"));
      assertThat(TransportTest.code(denied)).isEqualTo("forbidden");
      assertThat(denied.at("/error/detail/reason").asText()).isEqualTo("forbidden");
      assertThat(TransportTest.code(owner.call("logins-of", Map.of("table", "no_such_table")))).isEqualTo("not_found");
    }
  }

  @Test void anAuthority3ListenerAnswersOnlyUsersOfAuthority3() {
    ran.set(0);
    try (Ws anonymous = Ws.connect(Fixture.port(mochi));
         Ws two = Fixture.login(mochi, "bob", 2);
         Ws three = Fixture.login(mochi, "carol", 3)) {
      assertThat(TransportTest.code(anonymous.call("get-greeting", Map.of()))).isEqualTo("not_authenticated");
      assertThat(TransportTest.code(two.call("get-greeting", Map.of()))).isEqualTo("forbidden");
      assertThat(ran.get()).as("the handler never ran for them").isZero();
      JsonNode ok = three.call("get-greeting", Map.of());
      assertThat(ok.get("ok").asBoolean()).isTrue();
      assertThat(ok.get("data").get(1).asText()).isEqualTo("carol");
      assertThat(ok.get("data").get(2).asText()).isEqualTo("authority 3");
      assertThat(ok.get("data").get(3).asText()).contains("authenticated", "authority:3", "user:");
      assertThat(ran.get()).isEqualTo(1);
    }
    Http.Answer http = Http.post(Fixture.port(mochi), "/api/get-greeting", "{}");
    assertThat(http.status()).isEqualTo(401);
    Http.Answer httpTwo = Http.post(Fixture.port(mochi), "/api/get-greeting", "{}",
        "Authorization", "Bearer " + Fixture.token(mochi, "dave", 2));
    assertThat(httpTwo.status()).isEqualTo(403);
    assertThat(ran.get()).isEqualTo(1);
  }

  @Test void aSecondListenerOfTheSameNameIsRefusedNamingTheOwner() {
    var console = Fixture.server(mochi).console();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> console.addListener("get-greeting", (c, a) -> "x"))
        .hasMessageContaining("probe");
  }
}
