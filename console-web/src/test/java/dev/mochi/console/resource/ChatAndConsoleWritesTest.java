package dev.mochi.console.resource;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import dev.mochi.testkit.Exchange;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code user:update} over HTTP from the console while a thousand chat commands increment the same user's coins: every
 * write lands, the chat's observed user sees the console's change, and the owner's socket is told of the chat's writes.
 */
class ChatAndConsoleWritesTest {
  static final int PORT = Consoles.freePort();

  /** {@code inc} adds a coin, {@code nick} says the nickname, both through the session's observed user. */
  static final class Counter implements Plugin<Void> {
    @Override public String name() { return "counter"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.model().extend("user", Map.of("coins", FieldType.integer().withDefault("0"), "nick", FieldType.string().withDefault("")));
      ctx.command("inc").userFields("coins").action((argv, s) -> {
        int c = s.user().get("coins", Integer.class) + 1;
        s.user().set("coins", c);
        return "coins " + c;
      });
      ctx.command("nick").userFields("nick").action((argv, s) -> "nick " + s.user().get("nick", String.class));
    }
  }

  @RegisterExtension final MochiTest mochi = Consoles.sqlite(new Counter(), PORT).timeout(Duration.ofSeconds(180));

  @Test void aConsoleWriteBesideAThousandConcurrentChatIncrementsLosesNothing() throws Exception {
    long owner = mochi.app().root().database().create("user", Map.of("name", "olga", "authority", 5)).get("id", Long.class);
    Wire olga = new Wire(PORT, Consoles.login(mochi, PORT, owner, "olga"));
    MockClient alice = mochi.client("alice");
    alice.send("inc").shouldReply("coins 1");
    long id = mochi.app().root().database().get("binding", Filter.eq("pid", "alice"), "bid").getFirst().get("bid", Long.class);
    try (Wire.Socket watching = olga.socket()) {
      AtomicReference<Throwable> failed = new AtomicReference<>();
      Thread console = Thread.ofVirtual().start(() -> {
        try {
          for (int i = 0; i < 100; i++) {
            Wire.Answer a = olga.post("user:update/" + id, Map.of("values", Map.of("nick", "n" + i)));
            if (a.status() != 200) throw new AssertionError(a.body().toString());
          }
        } catch (Throwable t) {
          failed.set(t);
        }
      });
      List<Exchange> sent = new ArrayList<>();
      for (int i = 0; i < 1000; i++) sent.add(alice.send("inc"));
      console.join();
      assertThat(failed.get()).isNull();
      List<String> replies = new ArrayList<>();
      for (Exchange e : sent) replies.addAll(e.await().replies());
      assertThat(replies).hasSize(1000).last().isEqualTo("coins 1001");
      var row = mochi.app().root().database().get("user", Filter.eq("id", id), "coins", "nick").getFirst();
      assertThat(row.get("coins")).isEqualTo(1001);
      assertThat(row.get("nick")).isEqualTo("n99");
      alice.send("nick").shouldReply("nick n99");
      assertThat(olga.get("user:get/" + id, Map.of("fields", "coins,nick")).data().get("coins").asInt()).isEqualTo(1001);
      JsonNode last = watching.next(m -> "user".equals(m.path("service").asText()) && m.at("/data/record/coins").asInt() == 1001);
      assertThat(last.at("/data/key/id").asLong()).isEqualTo(id);
    }
  }
}
