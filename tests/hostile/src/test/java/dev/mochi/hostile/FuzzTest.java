package dev.mochi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.UserData;
import dev.mochi.api.message.Message;
import dev.mochi.testkit.Exchange;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Generated messages, sent to a bot with every first-party plugin and the default limits, from ordinary users, a user
 * at authority 4 (so the admin commands run too), in private chats and a guild channel, several at once: no exception
 * may reach the log, no error may be logged and no reply may be the internal-error text. The run is bounded (15 s of
 * sending, at most 4,000 messages) and prints its seed; {@code -Dmochi.fuzz.seed=N} replays a run, and a failure names
 * the message that caused it.
 */
class FuzzTest {
  private static final Duration BUDGET = Duration.ofSeconds(15);
  private static final int MAX_MESSAGES = 4_000;
  private static final int AT_ONCE = 8;

  @RegisterExtension final MochiTest mochi = EveryPlugin.bot();

  @Test void generatedMessagesNeverPutAnExceptionInTheLog() {
    long seed = Long.getLong("mochi.fuzz.seed", new Random().nextLong());
    System.out.println("FuzzTest seed: " + seed + " (replay with -Dmochi.fuzz.seed=" + seed + ")");
    Random random = new Random(seed);
    UserData admin = mochi.user("admin");
    admin.set("authority", 4);
    admin.flush();
    List<MockClient> clients = List.of(mochi.client("alice"), mochi.client("bob", "general"),
        mochi.client("carol", "general"), mochi.client("admin"), mochi.client("admin", "general"));

    long deadline = System.nanoTime() + BUDGET.toNanos();
    int sent = 0;
    int seen = 0;
    while (sent < MAX_MESSAGES && System.nanoTime() < deadline) {
      List<String> batch = new ArrayList<>();
      List<Exchange> exchanges = new ArrayList<>();
      for (int i = 0; i < AT_ONCE; i++) {
        String message = message(random);
        MockClient client = clients.get(random.nextInt(clients.size()));
        batch.add(client.userId() + (client.isDirect() ? "" : " in " + client.channelId()) + ": " + message);
        exchanges.add(random.nextBoolean() ? client.send(message) : client.send(Message.text(message)));
      }
      sent += AT_ONCE;
      for (Exchange e : exchanges) e.await();
      List<String> replies = new ArrayList<>();
      for (MockClient c : clients) replies.addAll(c.drain());
      List<String> lines = mochi.logs().lines();
      List<String> problems = lines.subList(seen, lines.size()).stream()
          .filter(l -> l.startsWith("ERROR") || l.contains("Exception") || l.contains("Error:")).toList();
      seen = lines.size();
      assertThat(problems).as("seed %d, after %d messages; the last ones sent:%n%s", seed, sent, String.join("\n", batch))
          .isEmpty();
      assertThat(replies).as("seed %d; the last ones sent:%n%s", seed, String.join("\n", batch))
          .noneMatch(r -> r.contains("Something went wrong"));
    }
    System.out.println("FuzzTest: " + sent + " messages, seed " + seed);
    mochi.client("alice").send("echo still here").shouldReply("still here");
  }

  /** A head, then up to 30 pieces; one message in 50 is one piece repeated past the default length limit. */
  private static String message(Random random) {
    StringBuilder out = new StringBuilder(pick(random, HostileMessages.HEADS));
    if (random.nextInt(50) == 0) {
      String piece = pick(random, HostileMessages.ATOMS);
      while (out.length() < 20_500) out.append(piece);
      return out.toString();
    }
    int pieces = random.nextInt(31);
    for (int i = 0; i < pieces; i++) out.append(pick(random, HostileMessages.ATOMS));
    return out.toString();
  }

  private static String pick(Random random, List<String> from) { return from.get(random.nextInt(from.size())); }
}
