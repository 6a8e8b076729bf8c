package dev.mochi.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.Exchange;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrderingTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .configure(b -> b.pluginBudget(Duration.ofMillis(300)))
      .timeout(Duration.ofSeconds(20));

  /** What a middleware saw: the messages in the order handled, and how often two ran at once. */
  private static final class Handled {
    final List<String> contents = new CopyOnWriteArrayList<>();
    final AtomicInteger overlaps = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();

    /** Records {@code content} as handled, taking 0-2 ms, and counts it if another was being handled meanwhile. */
    void handle(String content) throws InterruptedException {
      if (running.incrementAndGet() > 1) overlaps.incrementAndGet();
      Thread.sleep(ThreadLocalRandom.current().nextInt(0, 3));
      contents.add(content);
      running.decrementAndGet();
    }
  }

  @Test void twoHundredMessagesFromOneUserAreHandledOneAtATimeInArrivalOrder() {
    Handled handled = new Handled();
    mochi.app().root().middleware((s, next) -> {
      handled.handle(s.content());
      return null;
    });
    MockClient alice = mochi.client("alice");
    List<Exchange> sent = new ArrayList<>();
    for (int i = 0; i < 200; i++) sent.add(alice.send("m" + i));
    sent.forEach(Exchange::await);
    assertThat(handled.contents).containsExactlyElementsOf(IntStream.range(0, 200).mapToObj(i -> "m" + i).toList());
    assertThat(handled.overlaps).hasValue(0);
  }

  @Test void twoHundredUsersAreHandledInParallel() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    int handlerMillis = 100;
    mochi.app().root().middleware((s, next) -> {
      peak.accumulateAndGet(running.incrementAndGet(), Math::max);
      Thread.sleep(handlerMillis);
      running.decrementAndGet();
      return "done";
    });
    long start = System.nanoTime();
    List<Exchange> sent = new ArrayList<>();
    for (int i = 0; i < 200; i++) sent.add(mochi.client("user" + i).send("hi"));
    sent.forEach(Exchange::await);
    long wallMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    assertThat(peak.get()).as("sessions running at once").isGreaterThanOrEqualTo(100);
    assertThat(wallMillis).as("wall time against 200 x %d ms in sequence", handlerMillis)
        .isLessThan(200L * handlerMillis / 4);
  }

  @Test void aSessionOverTheTimeBudgetIsLoggedWithItsPluginAndTheQueueMovesOn() {
    mochi.app().plugin(new Plugins.Named("sloth", ctx -> ctx.middleware((s, next) -> {
      if (s.content().equals("slow")) Thread.sleep(3_000);
      return "answered " + s.content();
    })), (Void) null);
    MockClient alice = mochi.client("alice");
    Exchange slow = alice.send("slow");
    alice.send("quick").shouldReply("answered quick");
    assertThat(slow.done()).isNotDone();
    assertThat(mochi.logs().problems()).singleElement()
        .satisfies(l -> assertThat(l).contains("sloth").contains("time budget"));
  }

  @Test void anInterruptASessionLeavesOnItsThreadDoesNotReachTheUsersNextMessage() {
    mochi.app().root().middleware((s, next) -> {
      if (s.content().equals("leave")) {
        Thread.currentThread().interrupt();
        return "left";
      }
      try {
        Thread.sleep(20);
        return "rested";
      } catch (InterruptedException e) {
        return "interrupted";
      }
    });
    MockClient alice = mochi.client("alice");
    Exchange leave = alice.send("leave");
    Exchange nap = alice.send("nap");
    leave.shouldReply("left");
    nap.shouldReply("rested");
  }

  @Test void aSessionThatFinishesPastItsBudgetLeavesTheQueueToTheDrainerThatTookItOver() throws InterruptedException {
    Handled handled = new Handled();
    mochi.app().root().middleware((s, next) -> {
      if (s.content().equals("slow")) {
        Thread.sleep(1_000);
        return "late";
      }
      handled.handle(s.content());
      return null;
    });
    MockClient alice = mochi.client("alice");
    Exchange slow = alice.send("slow");
    List<Exchange> sent = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      sent.add(alice.send("m" + i));
      if (i == 50) slow.await(Duration.ofSeconds(10));
      else Thread.sleep(i < 50 ? 0 : 5);
    }
    sent.forEach(Exchange::await);
    assertThat(slow.replies()).containsExactly("late");
    assertThat(handled.contents).as("one drainer at a time, in arrival order, before and after the slow one ended")
        .containsExactlyElementsOf(IntStream.range(0, 100).mapToObj(i -> "m" + i).toList());
    assertThat(handled.overlaps).hasValue(0);
  }
}
