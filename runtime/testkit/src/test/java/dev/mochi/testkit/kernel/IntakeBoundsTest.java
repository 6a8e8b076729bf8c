package dev.mochi.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.MochiException;
import dev.mochi.api.status.StatusSample;
import dev.mochi.api.status.SystemStatus;
import dev.mochi.testkit.Exchange;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Messages arriving faster than the bot handles them: beyond {@code dispatcher.max-pending-per-user} waiting messages
 * of one user, or {@code dispatcher.max-pending} accepted ones overall, a message is refused to its adapter with the
 * reason, counted, logged and shown in the status service's samples, and every message accepted before is still
 * handled.
 */
class IntakeBoundsTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create().configure(b -> b.intakeBounds(6, 3));

  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger handled = new AtomicInteger();

  @BeforeEach void aCommandThatWaitsUntilReleased() {
    mochi.app().root().command("hold").action((argv, s) -> {
      release.await(20, TimeUnit.SECONDS);
      return "held " + handled.incrementAndGet();
    });
  }

  /** Sends {@code hold} and waits until the dispatcher runs it, so that the next messages of the user queue behind it. */
  private Exchange holding(String user) throws InterruptedException {
    int before = mochi.app().dispatcher().runningCount();
    Exchange first = mochi.client(user).send("hold");
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (mochi.app().dispatcher().runningCount() == before && System.nanoTime() < deadline) Thread.sleep(5);
    assertThat(mochi.app().dispatcher().runningCount()).as("the first message of %s runs", user).isEqualTo(before + 1);
    return first;
  }

  @Test void beyondTheUsersBoundAMessageIsRefusedCountedAndLoggedAndTheAcceptedOnesAreAllHandled() throws Exception {
    List<Exchange> accepted = new ArrayList<>();
    accepted.add(holding("alice"));
    for (int i = 0; i < 3; i++) accepted.add(mochi.client("alice").send("hold"));
    Exchange refused = mochi.client("alice").send("hold");
    Exchange again = mochi.client("alice").send("hold");
    Exchange bob = mochi.client("bob").send("hold");

    assertThat(refused.done()).failsWithin(Duration.ofSeconds(1)).withThrowableThat()
        .havingCause().isInstanceOf(MochiException.class)
        .withMessage("Message from %s:alice refused: 3 messages of this user are already waiting "
            + "(dispatcher.max-pending-per-user)", mochi.platform());
    assertThat(again.done()).failsWithin(Duration.ofSeconds(1));
    assertThat(mochi.app().dispatcher().refused()).isEqualTo(new StatusSample.Refused(2, 0));
    assertThat(mochi.logs().containing("refused")).as("the first refusal at once, the second counted for later")
        .containsExactly("WARN mochi.dispatcher - Message from " + mochi.platform() + ":alice refused: 3 messages of this "
            + "user are already waiting (dispatcher.max-pending-per-user); further refusals are counted and reported "
            + "every 10 s");

    release.countDown();
    for (Exchange e : accepted) e.await();
    bob.await();
    assertThat(handled.get()).as("alice's four accepted messages and bob's").isEqualTo(5);
    assertThat(mochi.client("alice").send("hold").done()).as("a user whose queue drained is accepted again")
        .succeedsWithin(Duration.ofSeconds(10));
  }

  @Test void theStatusSamplesCountTheRefusedMessagesByBound() throws Exception {
    SystemStatus status = mochi.app().root().get(SystemStatus.class).orElseThrow();
    StatusSample before = status.sample();
    assertThat(before.refused()).isEqualTo(StatusSample.Refused.NONE);

    List<Exchange> accepted = new ArrayList<>();
    accepted.add(holding("alice"));
    for (int i = 0; i < 3; i++) accepted.add(mochi.client("alice").send("hold"));
    for (int i = 0; i < 2; i++) assertThat(mochi.client("alice").send("hold").done()).failsWithin(Duration.ofSeconds(1));
    accepted.add(mochi.client("bob").send("hold"));
    accepted.add(mochi.client("carol").send("hold"));
    assertThat(mochi.client("dave").send("hold").done()).as("six accepted: the overall bound")
        .failsWithin(Duration.ofSeconds(1));

    Instant refusals = Instant.now();
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!status.sample().time().isAfter(refusals) && System.nanoTime() < end) Thread.sleep(100);
    StatusSample after = status.sample();
    assertThat(after.time()).as("a sample taken after the refusals").isAfter(refusals);
    assertThat(after.refused()).isEqualTo(new StatusSample.Refused(2, 1));
    assertThat(after.refused().total()).isEqualTo(3);
    assertThat(status.history()).as("counts since start only grow").extracting(s -> s.refused().total()).isSorted();

    release.countDown();
    for (Exchange e : accepted) e.await();
    assertThat(handled.get()).isEqualTo(6);
  }

  @Test void beyondTheOverallBoundAMessageOfAnyUserIsRefused() throws Exception {
    List<Exchange> accepted = new ArrayList<>();
    for (int i = 0; i < 6; i++) accepted.add(mochi.client("u" + i).send("hold"));
    Exchange refused = mochi.client("u6").send("hold");
    assertThat(refused.done()).failsWithin(Duration.ofSeconds(1)).withThrowableThat()
        .havingCause().withMessage("Message from %s:u6 refused: 6 messages are accepted and not finished "
            + "(dispatcher.max-pending)", mochi.platform());
    assertThat(mochi.app().dispatcher().refused()).isEqualTo(new StatusSample.Refused(0, 1));
    assertThat(mochi.app().dispatcher().outstanding()).as("the refused message is not counted as accepted").isEqualTo(6);

    release.countDown();
    for (Exchange e : accepted) e.await();
    assertThat(handled.get()).isEqualTo(6);
    assertThat(mochi.client("u6").send("hold").done()).succeedsWithin(Duration.ofSeconds(10));
  }
}
