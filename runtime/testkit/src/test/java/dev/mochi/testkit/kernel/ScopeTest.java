package dev.mochi.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.Context;
import dev.mochi.api.EventType;
import dev.mochi.api.Events;
import dev.mochi.api.Fork;
import dev.mochi.api.HookType;
import dev.mochi.api.PluginException;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ScopeTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  static final EventType<String> PING = EventType.of("test/ping", String.class);

  @Test void disposingAPluginSilencesItsMiddlewareListenerTimerAndSubPlugin() throws Exception {
    AtomicInteger middleware = new AtomicInteger();
    AtomicInteger listener = new AtomicInteger();
    AtomicInteger timer = new AtomicInteger();
    AtomicInteger subListener = new AtomicInteger();
    CountDownLatch ticked = new CountDownLatch(2);
    Fork fork = mochi.app().plugin(new Plugins.Named("busy", ctx -> {
      ctx.middleware((s, next) -> {
        middleware.incrementAndGet();
        return next.proceed();
      });
      ctx.on(PING, e -> listener.incrementAndGet());
      ctx.every(Duration.ofMillis(10), () -> {
        timer.incrementAndGet();
        ticked.countDown();
      });
      ctx.plugin(new Plugins.Named("busy-child", sub -> sub.on(PING, e -> subListener.incrementAndGet())));
    }), (Void) null);

    mochi.client("alice").send("hi").shouldNotReply();
    mochi.app().root().emit(PING, "one");
    assertThat(ticked.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(middleware).hasValue(1);
    assertThat(listener).hasValue(1);
    assertThat(subListener).hasValue(1);

    fork.dispose();
    int timerAfterDispose = timer.get();
    mochi.client("alice").send("hi").shouldNotReply();
    mochi.app().root().emit(PING, "two");
    Thread.sleep(100);
    assertThat(middleware).hasValue(1);
    assertThat(listener).hasValue(1);
    assertThat(subListener).hasValue(1);
    assertThat(timer).hasValue(timerAfterDispose);
    assertThat(fork.disposed()).isTrue();
  }

  @Test void aThrowingDisposerDoesNotStopTheOthersAndIsLoggedWithThePluginName() {
    List<String> ran = new CopyOnWriteArrayList<>();
    Fork fork = mochi.app().plugin(new Plugins.Named("clumsy", ctx -> {
      ctx.onDispose(() -> ran.add("first"));
      ctx.onDispose(() -> {
        throw new IllegalStateException("cannot let go");
      });
      ctx.onDispose(() -> ran.add("third"));
    }), (Void) null);
    fork.dispose();
    assertThat(ran).containsExactly("third", "first");
    assertThat(mochi.logs().problems()).singleElement()
        .satisfies(l -> assertThat(l).contains("clumsy").contains("cannot let go"));
  }

  @Test void disposingTwiceRunsEveryDisposerOnce() {
    AtomicInteger runs = new AtomicInteger();
    Fork fork = mochi.app().plugin(new Plugins.Named("twice", ctx -> ctx.onDispose(runs::incrementAndGet)), (Void) null);
    fork.dispose();
    fork.dispose();
    assertThat(runs).hasValue(1);
  }

  @Test void aDisposableReturnedByARegistrationRemovesOnlyThatRegistration() {
    List<String> heard = new CopyOnWriteArrayList<>();
    var first = mochi.app().root().on(PING, e -> heard.add("first:" + e));
    mochi.app().root().on(PING, e -> heard.add("second:" + e));
    first.dispose();
    first.dispose();
    mochi.app().root().emit(PING, "x");
    assertThat(heard).containsExactly("second:x");
  }

  @Test void aFailingApplyDisposesWhatThePluginRegisteredAndNamesThePlugin() {
    AtomicInteger middleware = new AtomicInteger();
    assertThatThrownBy(() -> mochi.app().plugin(new Plugins.Named("half", ctx -> {
      ctx.middleware((s, next) -> {
        middleware.incrementAndGet();
        return next.proceed();
      });
      throw new IllegalArgumentException("missing token");
    }), (Void) null)).isInstanceOf(PluginException.class).hasMessageContaining("half").hasMessageContaining("missing token");
    mochi.client("alice").send("hi").shouldNotReply();
    assertThat(middleware).hasValue(0);
  }

  @Test void onceListensToOneEventOnly() {
    AtomicInteger heard = new AtomicInteger();
    mochi.app().root().once(PING, e -> heard.incrementAndGet());
    mochi.app().root().emit(PING, "a");
    mochi.app().root().emit(PING, "b");
    assertThat(heard).hasValue(1);
  }

  @Test void emitContainsAFailingListenerWhileSerialStopsAtIt() {
    List<String> heard = new CopyOnWriteArrayList<>();
    mochi.app().root().on(PING, e -> {
      throw new IllegalStateException("bad listener");
    });
    mochi.app().root().on(PING, e -> heard.add(e));
    mochi.app().root().emit(PING, "emitted");
    assertThat(heard).containsExactly("emitted");
    assertThatThrownBy(() -> mochi.app().root().serial(PING, "serial")).hasMessage("bad listener");
    assertThat(heard).containsExactly("emitted");
  }

  interface Greeter {
    String greet(String name);
  }

  static final HookType<Greeter> GREET = HookType.of("test/greet", Greeter.class);

  @Test void bailReturnsTheFirstNonNullResult() {
    mochi.app().root().before(GREET, name -> null);
    mochi.app().root().before(GREET, name -> "hello " + name);
    mochi.app().root().before(GREET, name -> "hi " + name);
    Optional<String> result = mochi.app().root().bail(GREET, (Function<Greeter, String>) g -> g.greet("bob"));
    assertThat(result).contains("hello bob");
  }

  interface Clock {
    String now();
  }

  @Test void injectRunsWhileTheServiceExistsAndDisposesItsRegistrationsWhenItGoes() {
    List<String> log = new CopyOnWriteArrayList<>();
    mochi.app().plugin(new Plugins.Named("consumer", ctx -> ctx.inject(Clock.class, (Context sub, Clock clock) -> {
      log.add("start " + clock.now());
      sub.onDispose(() -> log.add("stop"));
      sub.middleware((s, next) -> "time is " + clock.now());
    })), (Void) null);
    assertThat(log).isEmpty();
    mochi.client("alice").send("time?").shouldNotReply();

    Fork provider = mochi.app().plugin(new Plugins.Named("clock", ctx -> ctx.provide(Clock.class, () -> "noon")), (Void) null);
    assertThat(log).containsExactly("start noon");
    assertThat(mochi.app().root().get(Clock.class)).isPresent();
    mochi.client("alice").send("time?").shouldReply("time is noon");

    provider.dispose();
    assertThat(log).containsExactly("start noon", "stop");
    assertThat(mochi.app().root().get(Clock.class)).isEmpty();
    mochi.client("alice").send("time?").shouldNotReply();
  }

  @Test void disposeListenersOfAScopeHearItsOwnDisposal() {
    List<String> heard = new CopyOnWriteArrayList<>();
    Fork fork = mochi.app().plugin(new Plugins.Named("mortal", ctx -> ctx.on(Events.DISPOSE, e -> heard.add(e.scope()))), (Void) null);
    mochi.app().plugin(new Plugins.Named("bystander", ctx -> ctx.on(Events.DISPOSE, e -> heard.add("bystander heard " + e.scope()))), (Void) null);
    fork.dispose();
    assertThat(heard).containsExactly("mortal");
  }

  @Test void disposingATimerWaitsForARunningTickAndSlowTicksNeverOverlap() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    var timer = mochi.app().root().every(Duration.ofMillis(5), () -> {
      if (running.incrementAndGet() > 1) overlaps.incrementAndGet();
      started.countDown();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      running.decrementAndGet();
      finished.incrementAndGet();
    });
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    timer.dispose();
    int afterDispose = finished.get();
    assertThat(running).as("ticks still running once dispose() returned").hasValue(0);
    Thread.sleep(100);
    assertThat(finished).hasValue(afterDispose);
    assertThat(overlaps).hasValue(0);
  }

  @Test void afterRunsOnceUnlessDisposedFirst() throws Exception {
    AtomicInteger fired = new AtomicInteger();
    CountDownLatch latch = new CountDownLatch(1);
    mochi.app().root().after(Duration.ofMillis(20), () -> {
      fired.incrementAndGet();
      latch.countDown();
    });
    var cancelled = mochi.app().root().after(Duration.ofMillis(20), fired::incrementAndGet);
    cancelled.dispose();
    assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(60);
    assertThat(fired).hasValue(1);
  }
}
