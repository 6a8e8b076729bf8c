package dev.mochi.testkit.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Context;
import dev.mochi.api.Events;
import dev.mochi.api.Plugin;
import dev.mochi.api.log.LogLevel;
import dev.mochi.api.log.LogQuery;
import dev.mochi.api.log.LogRecord;
import dev.mochi.api.log.Logs;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** The Logs service: a plugin's records carry its name, sit in the ring, filter by level and plugin, and are pushed. */
class LogsServiceTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  /** Logs through its own logger and through a logger named after its class. */
  static final class Chatty implements Plugin<Void> {
    @Override public String name() { return "chatty"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.command("say <words:text>").action((argv, s) -> {
        ctx.logger().info("said {}", argv.arg(0, String.class));
        return "ok";
      });
      ctx.command("fail").action((argv, s) -> {
        LoggerFactory.getLogger(Chatty.class).warn("could not reach the weather service", new IllegalStateException("timed out"));
        return "ok";
      });
    }
  }

  /** Collects every record pushed to Events.LOG, and logs each one it sees (which must not come back to it). */
  static final class Tail implements Plugin<Void> {
    final List<LogRecord> seen = new CopyOnWriteArrayList<>();

    @Override public String name() { return "tail"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.on(Events.LOG, r -> {
        seen.add(r);
        ctx.logger().info("tail saw record {}", r.sequence());
      });
    }
  }

  @Test void aPluginsRecordsCarryItsNameAndAreKeptFilteredAndPushed() {
    Tail tail = new Tail();
    mochi.app().plugin(new Chatty(), (Void) null);
    mochi.app().plugin(tail, (Void) null);
    Logs logs = mochi.app().root().get(Logs.class).orElseThrow();
    var alice = mochi.client("alice");
    alice.send("say hello there").shouldReply("ok");
    alice.send("fail").shouldReply("ok");

    List<LogRecord> chatty = logs.recent(LogQuery.all().plugin("chatty"));
    assertThat(chatty).extracting(LogRecord::message)
        .containsExactly("said hello there", "could not reach the weather service");
    assertThat(chatty.getFirst().logger()).isEqualTo("plugin.chatty");
    assertThat(chatty.getFirst().level()).isEqualTo(LogLevel.INFO);
    assertThat(chatty.get(1).logger()).isEqualTo(Chatty.class.getName());
    assertThat(chatty.get(1).plugin()).contains("chatty");

    List<LogRecord> warnings = logs.recent(LogQuery.all().atLeast(LogLevel.WARN).plugin("chatty"));
    assertThat(warnings).hasSize(1);
    assertThat(warnings.getFirst().exception()).hasValueSatisfying(
        t -> assertThat(t).contains("java.lang.IllegalStateException: timed out").contains("at "));
    assertThat(logs.recent(LogQuery.all().plugin("chatty").limit(1))).extracting(LogRecord::message)
        .containsExactly("could not reach the weather service");
    assertThat(logs.recent(LogQuery.all().plugin("chatty").after(chatty.getFirst().sequence())))
        .extracting(LogRecord::message).containsExactly("could not reach the weather service");

    eventually(Duration.ofSeconds(10), () -> assertThat(tail.seen)
        .filteredOn(r -> r.plugin().equals(Optional.of("chatty"))).extracting(LogRecord::message)
        .containsExactly("said hello there", "could not reach the weather service"));
    // The tail's own records are in the ring, but never pushed back to it.
    assertThat(logs.recent(LogQuery.all().plugin("tail"))).isNotEmpty();
    assertThat(tail.seen).noneMatch(r -> r.plugin().equals(Optional.of("tail")));
  }

  @Test void theRingKeepsTheNewestRecordsUpToItsCapacity() {
    mochi.app().plugin(new Chatty(), (Void) null);
    Logs logs = mochi.app().root().get(Logs.class).orElseThrow();
    var bob = mochi.client("bob");
    for (int i = 0; i < logs.capacity() + 5; i++) {
      org.slf4j.LoggerFactory.getLogger("plugin.chatty").info("line {}", i);
    }
    List<LogRecord> kept = logs.recent(LogQuery.all());
    assertThat(kept).hasSize(logs.capacity());
    assertThat(kept.getLast().message()).isEqualTo("line " + (logs.capacity() + 4));
    for (int i = 1; i < kept.size(); i++) assertThat(kept.get(i).sequence()).isEqualTo(kept.get(i - 1).sequence() + 1);
    bob.send("say still here").shouldReply("ok");
  }

  /** Retries {@code check} until it passes or {@code limit} is over (then its last failure is thrown). */
  static void eventually(Duration limit, Runnable check) {
    long end = System.nanoTime() + limit.toNanos();
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError e) {
        if (System.nanoTime() > end) throw e;
        try {
          Thread.sleep(20);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
