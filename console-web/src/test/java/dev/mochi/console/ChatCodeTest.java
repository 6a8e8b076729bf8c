package dev.mochi.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.data.Users;
import dev.mochi.sandbox.SandboxAdapter;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat-code login end to end: a console connection asks for a code, a virtual user of the sandbox adapter sends it
 * to the bot through the real pipeline (driven from the console's own sandbox page actions), and the connection
 * becomes that chat user.
 */
class ChatCodeTest {
  @RegisterExtension final MochiTest mochi = Fixture.console((ctx, console) -> {})
      .plugin(new SandboxAdapter(), SandboxAdapter.Config.defaults());

  @Test void aCodeSentFromChatLogsTheWaitingConnectionInAsTheChatUser() {
    try (Ws waiting = Ws.connect(Fixture.port(mochi)); Ws admin = Fixture.login(mochi, "owner-ann", 5)) {
      JsonNode started = waiting.call("login.code.start", Map.of());
      String code = started.at("/data/code").asText();
      assertThat(code).matches("\\d{6}");
      assertThat(started.at("/data/expiresAt").asText()).isNotEmpty();

      assertThat(admin.call("sandbox.join", Map.of("id", "zed", "name", "Zed", "authority", 2)).get("ok").asBoolean()).isTrue();
      assertThat(admin.call("sandbox.send", Map.of("id", "zed", "text", code)).get("ok").asBoolean()).isTrue();

      JsonNode login = waiting.next(m -> "login".equals(m.path("event").asText()));
      assertThat(login.at("/data/token").asText()).hasSize(43);
      assertThat(login.at("/data/user/authority").asInt()).isEqualTo(2);
      JsonNode reply = admin.next(m -> "sandbox.reply".equals(m.path("event").asText()));
      assertThat(reply.at("/data/id").asText()).isEqualTo("zed");
      assertThat(reply.at("/data/text").asText()).contains("logged in to the console");
      assertThat(waiting.next(m -> Ws.ofKey("user").test(m) && !m.get("data").isNull()).at("/data/authority").asInt())
          .isEqualTo(2);

      admin.call("sandbox.send", Map.of("id", "zed", "text", code));
      admin.none(m -> "sandbox.reply".equals(m.path("event").asText()) && m.toString().contains("logged in"),
          Duration.ofMillis(500));
      String token = login.at("/data/token").asText();
      Http.Answer asZed = Http.post(Fixture.port(mochi), "/api/tokens.list", "{}", "Authorization", "Bearer " + token);
      assertThat(asZed.status()).isEqualTo(200);
      assertThat(asZed.body().get("data")).hasSize(1);
    }
  }

  @Test void aBindCodeSentFromChatBindsThatChatAccountToTheConsoleUser() {
    try (Ws anonymous = Ws.connect(Fixture.port(mochi)); Ws ann = Fixture.login(mochi, "owner-ann", 5)) {
      assertThat(TransportTest.code(anonymous.call("bind.code.start", Map.of()))).isEqualTo("not_authenticated");
      long annId = ann.next(m -> Ws.ofKey("user").test(m) && !m.get("data").isNull()).at("/data/id").asLong();
      Users users = mochi.app().root().get(Users.class).orElseThrow();

      assertThat(ann.call("sandbox.join", Map.of("id", "yan", "name", "Yan")).get("ok").asBoolean()).isTrue();
      ann.call("sandbox.send", Map.of("id", "yan", "text", "help"));
      long before = users.user("sandbox", "yan").id();
      assertThat(before).as("yan wrote before, as a user of their own").isNotEqualTo(annId);

      String code = ann.call("bind.code.start", Map.of()).at("/data/code").asText();
      assertThat(code).matches("\\d{6}");
      assertThat(ann.call("sandbox.send", Map.of("id", "yan", "text", code)).get("ok").asBoolean()).isTrue();
      JsonNode bound = ann.next(m -> "bound".equals(m.path("event").asText()));
      assertThat(bound.at("/data/platform").asText()).isEqualTo("sandbox");
      assertThat(bound.at("/data/id").asText()).isEqualTo("yan");
      assertThat(ann.next(m -> "sandbox.reply".equals(m.path("event").asText()) && m.toString().contains("bound"))
          .at("/data/text").asText()).contains("owner-ann");
      assertThat(users.user("sandbox", "yan").id()).as("the chat account is ann's now").isEqualTo(annId);
      assertThat(users.find(annId).orElseThrow().accounts()).contains("sandbox:yan");
      assertThat(users.find(before).orElseThrow().accounts()).doesNotContain("sandbox:yan");

      ann.call("sandbox.send", Map.of("id", "yan", "text", code));
      ann.none(m -> "bound".equals(m.path("event").asText()), Duration.ofMillis(500));
    }
  }
}
