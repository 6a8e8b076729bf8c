package dev.mochi.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.Exchange;
import dev.mochi.testkit.MochiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GlobalLimitTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create().configure(b -> b.maxConcurrency(3));

  @Test void noMoreSessionsRunAtOnceThanTheConfiguredLimit() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    mochi.app().root().middleware((s, next) -> {
      peak.accumulateAndGet(running.incrementAndGet(), Math::max);
      Thread.sleep(60);
      running.decrementAndGet();
      return "ok";
    });
    List<Exchange> sent = new ArrayList<>();
    for (int i = 0; i < 30; i++) sent.add(mochi.client("u" + i).send("hi"));
    sent.forEach(Exchange::await);
    assertThat(peak.get()).isEqualTo(3);
  }
}
