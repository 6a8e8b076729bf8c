package dev.mochi.testkit.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Plugin;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import dev.mochi.api.resource.ActionRequest;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.Resources;
import dev.mochi.testkit.Exchange;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A resource's write to the user table and chat sessions' writes to the same user go through one state: none is lost. */
class ChatAndResourceWritesTest {
  /** {@code inc} adds a coin, {@code nick} says the nickname: both through the session's observed user. */
  static final class Counter implements Plugin<Void> {
    @Override public void apply(dev.mochi.api.Context ctx, Void config) {
      ctx.model().extend("user", Map.of("coins", FieldType.integer().withDefault("0"), "nick", FieldType.string().withDefault("")));
      ctx.command("inc").userFields("coins").action((argv, s) -> {
        int c = s.user().get("coins", Integer.class) + 1;
        s.user().set("coins", c);
        return "coins " + c;
      });
      ctx.command("nick").userFields("nick").action((argv, s) -> "nick " + s.user().get("nick", String.class));
    }
  }

  @RegisterExtension final MochiTest mochi = MochiTest.withPlugin(new Counter()).timeout(Duration.ofSeconds(180));

  Resources resources() { return mochi.app().resources().scoped(null); }

  Database db() { return mochi.app().data().records().database(); }

  long aliceId() {
    return db().get("binding", Filter.eq("pid", "alice"), "bid").getFirst().get("bid", Long.class);
  }

  void update(long id, Map<String, ?> values) {
    resources().call(Caller.SYSTEM, ActionRequest.of("user", "update", Map.of("filterByTk", id, "values", values)));
  }

  @Test void aResourceWriteBesideAThousandConcurrentChatIncrementsLosesNothing() throws Exception {
    MockClient alice = mochi.client("alice");
    alice.send("inc").shouldReply("coins 1");
    long id = aliceId();
    List<Exchange> sent = new ArrayList<>();
    Thread console = Thread.ofVirtual().start(() -> {
      for (int i = 0; i < 200; i++) update(id, Map.of("nick", "n" + i));
    });
    for (int i = 0; i < 1000; i++) sent.add(alice.send("inc"));
    console.join();
    List<String> replies = new ArrayList<>();
    for (Exchange e : sent) replies.addAll(e.await().replies());
    assertThat(replies).hasSize(1000).last().isEqualTo("coins 1001");
    var row = db().get("user", Filter.eq("id", id), "coins", "nick").getFirst();
    assertThat(row.get("coins")).isEqualTo(1001);
    assertThat(row.get("nick")).isEqualTo("n199");
    alice.send("nick").shouldReply("nick n199");
  }

  @Test void aResourceWriteOfACounterIsWhatTheNextSessionReads() {
    MockClient alice = mochi.client("alice");
    for (int i = 0; i < 5; i++) alice.send("inc").replies();
    update(aliceId(), Map.of("coins", 500));
    alice.send("inc").shouldReply("coins 501");
    assertThat(db().get("user", Filter.eq("id", aliceId()), "coins").getFirst().get("coins")).isEqualTo(501);
  }
}
