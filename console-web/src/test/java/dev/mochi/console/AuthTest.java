package dev.mochi.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.Context;
import dev.mochi.api.data.Filter;
import dev.mochi.testkit.MochiTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Login by password, tokens (wrong, forged, expired, revoked), password change, rate limits, the setup link. */
class AuthTest {
  static final AtomicReference<Context> probe = new AtomicReference<>();

  @RegisterExtension final MochiTest mochi = Fixture.console((ctx, console) -> {
    probe.set(ctx);
    console.addListener("whoami", (c, args) -> Map.of("name", c.user().map(u -> u.name()).orElse("anonymous"),
        "authority", c.authority(), "channels", c.channels()), 1);
  });

  int port() { return Fixture.port(mochi); }

  /** The secret of the setup link the console logged. */
  String setupSecret() {
    List<String> lines = mochi.logs().containing("setup?secret=");
    assertThat(lines).as("the setup link on the log").hasSize(1);
    Matcher m = Pattern.compile("secret=([A-Za-z0-9_-]{43})").matcher(lines.getFirst());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  /** Sets the owner up as alice / correct-horse and returns the token. */
  String setUpOwner(Ws ws) {
    JsonNode r = ws.call("setup", Map.of("secret", setupSecret(), "name", "alice", "password", "correct-horse"));
    assertThat(r.get("ok").asBoolean()).as(r.toString()).isTrue();
    return r.at("/data/token").asText();
  }

  @Test void theSetupLinkCreatesTheOwnerOnceAndThenLoginWorksByPassword() {
    try (Ws ws = Ws.connect(port())) {
      assertThat(TransportTest.code(ws.call("whoami", Map.of()))).isEqualTo("not_authenticated");
      String secret = setupSecret();
      JsonNode first = ws.call("setup", Map.of("secret", secret, "name", "alice", "password", "correct-horse"));
      assertThat(first.at("/data/user/authority").asInt()).isEqualTo(5);
      assertThat(first.at("/data/user/name").asText()).isEqualTo("alice");
      assertThat(first.at("/data/token").asText()).hasSize(43);
      assertThat(ws.data("user").get("data").isNull()).as("anonymous at first").isTrue();
      assertThat(ws.data("user").at("/data/name").asText()).as("the user after setup").isEqualTo("alice");
      JsonNode me = ws.call("whoami", Map.of());
      assertThat(me.at("/data/authority").asInt()).isEqualTo(5);
      assertThat(me.at("/data/channels").toString()).contains("authenticated", "authority:5", "user:").doesNotContain("anonymous");
      JsonNode again = ws.call("setup", Map.of("secret", secret, "name", "mallory", "password", "another-one"));
      assertThat(TransportTest.code(again)).isEqualTo("token_invalid");
      assertThat(ws.call("logout", Map.of()).get("ok").asBoolean()).isTrue();
      assertThat(ws.call("whoami", Map.of()).at("/error/code").asText()).isEqualTo("not_authenticated");
      assertThat(ws.call("login.password", Map.of("name", "alice", "password", "wrong-horse")).at("/error/code").asText())
          .isEqualTo("not_authenticated");
      JsonNode login = ws.call("login.password", Map.of("name", "alice", "password", "correct-horse"));
      assertThat(login.at("/data/user/authority").asInt()).isEqualTo(5);
      assertThat(ws.call("whoami", Map.of()).at("/data/name").asText()).isEqualTo("alice");
    }
  }

  @Test void aTokenLogsInASocketByItsFirstFrameAndHttpByItsHeader() {
    String token;
    try (Ws ws = Ws.connect(port())) {
      token = setUpOwner(ws);
    }
    try (Ws ws = Ws.connect(port())) {
      assertThat(ws.call("auth", Map.of("token", token)).at("/data/user/name").asText()).isEqualTo("alice");
      assertThat(ws.call("whoami", Map.of()).at("/data/authority").asInt()).isEqualTo(5);
    }
    Http.Answer http = Http.post(port(), "/api/whoami", "{}", "Authorization", "Bearer " + token);
    assertThat(http.status()).isEqualTo(200);
    assertThat(http.body().at("/data/name").asText()).isEqualTo("alice");
    assertThat(Http.post(port(), "/api/whoami", "{}").status()).isEqualTo(401);
  }

  @Test void forgedWrongAndMangledTokensAreRefused() {
    try (Ws ws = Ws.connect(port())) {
      String token = setUpOwner(ws);
      String forged = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
      assertThat(TransportTest.code(ws.call("auth", Map.of("token", forged)))).isEqualTo("token_invalid");
      assertThat(TransportTest.code(ws.call("auth", Map.of("token", "../../etc/passwd")))).isEqualTo("token_invalid");
      assertThat(TransportTest.code(ws.call("auth", Map.of("token", 42)))).isEqualTo("request_invalid");
    }
    Http.Answer forged = Http.post(port(), "/api/whoami", "{}", "Authorization", "Bearer " + "x".repeat(43));
    assertThat(forged.status()).isEqualTo(401);
    assertThat(TransportTest.code(forged.body())).isEqualTo("token_invalid");
    assertThat(Http.post(port(), "/api/whoami", "{}", "Authorization", "Basic YTpi").status()).isEqualTo(401);
  }

  @Test void anExpiredTokenIsRefusedAsExpired() {
    String token;
    try (Ws ws = Ws.connect(port())) {
      token = setUpOwner(ws);
    }
    probe.get().database().set(Tokens.TABLE, Filter.ALL, Map.of("expiresAt", Instant.now().minusSeconds(1)));
    Http.Answer expired = Http.post(port(), "/api/whoami", "{}", "Authorization", "Bearer " + token);
    assertThat(expired.status()).isEqualTo(401);
    assertThat(TransportTest.code(expired.body())).isEqualTo("token_expired");
    assertThat(TransportTest.code(Http.post(port(), "/api/whoami", "{}", "Authorization", "Bearer " + token).body()))
        .as("an expired token is gone").isEqualTo("token_invalid");
  }

  @Test void aRevokedTokenDiesAndItsOpenSocketIsLoggedOut() {
    try (Ws owner = Ws.connect(port()); Ws other = Ws.connect(port())) {
      String first = setUpOwner(owner);
      JsonNode second = other.call("login.password", Map.of("name", "alice", "password", "correct-horse"));
      String secondToken = second.at("/data/token").asText();
      JsonNode list = owner.call("tokens.list", Map.of());
      assertThat(list.get("data")).hasSize(2);
      JsonNode otherSession = null;
      for (JsonNode t : list.get("data")) if (!t.get("current").asBoolean()) otherSession = t;
      assertThat(otherSession).isNotNull();
      assertThat(owner.call("tokens.revoke", Map.of("id", otherSession.get("id").asLong())).get("ok").asBoolean()).isTrue();
      assertThat(other.next(m -> "logout".equals(m.path("event").asText())).at("/data/reason").asText()).isEqualTo("revoked");
      assertThat(TransportTest.code(other.call("whoami", Map.of()))).isEqualTo("not_authenticated");
      assertThat(TransportTest.code(other.call("auth", Map.of("token", secondToken)))).isEqualTo("token_invalid");
      assertThat(TransportTest.code(owner.call("tokens.revoke", Map.of("id", otherSession.get("id").asLong()))))
          .isEqualTo("not_found");
      assertThat(owner.call("auth", Map.of("token", first)).get("ok").asBoolean()).isTrue();
    }
  }

  @Test void aPasswordChangeKillsEveryTokenButGivesTheChangerANewOne() {
    try (Ws ws = Ws.connect(port()); Ws other = Ws.connect(port())) {
      String old = setUpOwner(ws);
      other.call("auth", Map.of("token", old));
      assertThat(TransportTest.code(ws.call("password.change", Map.of("old", "wrong-horse", "new", "battery-staple"))))
          .isEqualTo("forbidden");
      JsonNode changed = ws.call("password.change", Map.of("old", "correct-horse", "new", "battery-staple"));
      String fresh = changed.at("/data/token").asText();
      assertThat(fresh).hasSize(43).isNotEqualTo(old);
      assertThat(other.next(m -> "logout".equals(m.path("event").asText()))).isNotNull();
      assertThat(TransportTest.code(other.call("auth", Map.of("token", old)))).isEqualTo("token_invalid");
      assertThat(ws.call("whoami", Map.of()).at("/data/name").asText()).isEqualTo("alice");
      ws.none(m -> "logout".equals(m.path("event").asText()), java.time.Duration.ofMillis(300));
      assertThat(ws.call("tokens.list", Map.of()).get("data")).as("the socket that changed it lives on the new token")
          .hasSize(1).allSatisfy(t -> assertThat(t.get("current").asBoolean()).isTrue());
      assertThat(other.call("auth", Map.of("token", fresh)).get("ok").asBoolean()).isTrue();
      assertThat(TransportTest.code(other.call("login.password", Map.of("name", "alice", "password", "correct-horse"))))
          .isEqualTo("not_authenticated");
      assertThat(other.call("login.password", Map.of("name", "alice", "password", "battery-staple")).get("ok").asBoolean()).isTrue();
    }
  }

  @Test void failedLoginsAreRateLimitedPerNameAndPerAddress() {
    try (Ws ws = Ws.connect(port())) {
      setUpOwner(ws);
      for (int i = 0; i < 5; i++) {
        assertThat(TransportTest.code(ws.call("login.password", Map.of("name", "alice", "password", "guess-" + i))))
            .isEqualTo("not_authenticated");
      }
      JsonNode limited = ws.call("login.password", Map.of("name", "alice", "password", "correct-horse"));
      assertThat(TransportTest.code(limited)).as("even the right password, once limited").isEqualTo("rate_limited");
      for (int i = 0; i < 5; i++) ws.call("login.password", Map.of("name", "bob" + i, "password", "guess-guess"));
      assertThat(TransportTest.code(ws.call("login.password", Map.of("name", "carol", "password", "guess-guess"))))
          .as("ten failures from one address").isEqualTo("rate_limited");
    }
  }

  @Test void theConsoleTablesAreNoResourceEvenForTheOwner() {
    try (Ws ws = Ws.connect(port())) {
      setUpOwner(ws);
    }
    var resources = probe.get().resources();
    var owner = dev.mochi.api.resource.Caller.of(1, 5);
    for (String table : List.of(Accounts.TABLE, Tokens.TABLE)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> resources.call(owner,
              dev.mochi.api.resource.ActionRequest.of(table, "list", Map.of())))
          .isInstanceOf(dev.mochi.api.resource.ResourceException.class);
    }
  }
}
