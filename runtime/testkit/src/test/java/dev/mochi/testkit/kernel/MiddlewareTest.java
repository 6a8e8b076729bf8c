package dev.mochi.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Next;
import dev.mochi.api.SessionError;
import dev.mochi.testkit.MochiTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MiddlewareTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  @Test void aMiddlewareThatSleepsThenProceedsLetsTheNextOneReply() {
    List<String> ran = new CopyOnWriteArrayList<>();
    mochi.app().root().middleware((s, next) -> {
      Thread.sleep(50);
      ran.add("sleeper");
      return next.proceed();
    });
    mochi.app().root().middleware((s, next) -> {
      ran.add("bar");
      return "bar";
    });
    mochi.client("alice").send("foo").shouldReply("bar");
    assertThat(ran).containsExactly("sleeper", "bar");
  }

  @Test void returningAnEmptyStringSendsNoReply() {
    mochi.app().root().middleware((s, next) -> "");
    mochi.client("alice").send("foo").shouldNotReply();
  }

  @Test void returningWithoutProceedingStopsTheChain() {
    AtomicBoolean secondRan = new AtomicBoolean();
    mochi.app().root().middleware((s, next) -> "stop");
    mochi.app().root().middleware((s, next) -> {
      secondRan.set(true);
      return "second";
    });
    mochi.client("alice").send("foo").shouldReply("stop");
    assertThat(secondRan).isFalse();
  }

  @Test void prependedMiddlewareRunsBeforeAppendedOnes() {
    List<String> order = new CopyOnWriteArrayList<>();
    mochi.app().root().middleware((s, next) -> {
      order.add("mid1");
      return next.proceed();
    });
    mochi.app().root().middleware((s, next) -> {
      order.add("mid2");
      return next.proceed();
    }, true);
    mochi.app().root().middleware((s, next) -> {
      order.add("mid3");
      return next.proceed();
    }, true);
    mochi.client("alice").send("foo").shouldNotReply();
    assertThat(order).containsExactly("mid3", "mid2", "mid1");
  }

  @Test void fallbacksRunAtTheEndInTheOrderTheyWereGiven() {
    mochi.app().root().middleware((s, next) -> next.proceed("bar"));
    mochi.app().root().middleware((s, next) -> next.proceed("baz"));
    mochi.client("alice").send("foo").shouldReply("bar");
  }

  @Test void aFallbackFunctionMayProceedToTheNextFallback() {
    mochi.app().root().middleware((s, next) -> next.proceed((Next n) -> "[" + n.proceed() + "]"));
    mochi.app().root().middleware((s, next) -> next.proceed("inner"));
    mochi.client("alice").send("foo").shouldReply("[inner]");
  }

  @Test void proceedReturnsWhatTheRestOfTheChainReplied() {
    mochi.app().root().middleware((s, next) -> "(" + next.proceed() + ")");
    mochi.app().root().middleware((s, next) -> "inner");
    mochi.client("alice").send("foo").shouldReply("(inner)");
  }

  @Test void aThrowingMiddlewareIsLoggedOnceWithItsPluginAndTheBotAnswersTheNextMessage() {
    AtomicInteger calls = new AtomicInteger();
    mochi.app().plugin(new Plugins.Named("exploder", ctx -> ctx.middleware((s, next) -> {
      if (calls.incrementAndGet() == 1) throw new IllegalStateException("boom");
      return "fine";
    })), (Void) null);
    var alice = mochi.client("alice");
    alice.send("first").shouldNotReply();
    alice.send("second").shouldReply("fine");
    assertThat(mochi.logs().problems()).singleElement().satisfies(line -> {
      assertThat(line).contains("exploder").contains("boom");
    });
  }

  @Test void aSessionErrorIsRepliedAsItsLocalizedText() {
    mochi.app().i18n().define(null, "en-US", Map.of("test.nope", "Nope, {0}."));
    mochi.app().root().middleware((s, next) -> {
      throw new SessionError("test.nope", "alice");
    });
    mochi.client("alice").send("foo").shouldReply("Nope, alice.");
    assertThat(mochi.logs().problems()).isEmpty();
  }

  @Test void recursionPastTheDepthLimitStopsWithOneLogLine() {
    Next.Fallback[] again = new Next.Fallback[1];
    again[0] = n -> n.proceed(again[0]);
    mochi.app().root().middleware((s, next) -> next.proceed(again[0]));
    mochi.client("alice").send("foo").shouldNotReply();
    assertThat(mochi.logs().problems()).singleElement()
        .satisfies(line -> assertThat(line).contains("deeper than 64"));
    mochi.client("alice").send("again").shouldNotReply();
  }

  @Test void aCommandThatExecutesItselfStopsAtTheDepthLimitWithOneLogLine() {
    mochi.app().root().command("loop").action((argv, s) -> s.evaluate("loop").map(Object::toString).orElse("bottom"));
    mochi.client("alice").send("loop").shouldReply("bottom");
    assertThat(mochi.logs().problems()).singleElement()
        .satisfies(line -> assertThat(line).contains("nested deeper than 64"));
  }

  @Test void messagesSentByTheBotItselfNeverEnterTheChain() {
    AtomicInteger seen = new AtomicInteger();
    mochi.app().root().middleware((s, next) -> {
      seen.incrementAndGet();
      return "echo";
    });
    mochi.client(mochi.selfId()).send("my own words").shouldNotReply();
    mochi.client("alice").send("hi").shouldReply("echo");
    assertThat(seen).hasValue(1);
  }

  @Test void aReplyQuotesTheMessageItAnswers() {
    mochi.app().root().middleware((s, next) -> {
      s.reply("quoted");
      return null;
    });
    mochi.client("alice").send("hi").shouldReply(r -> assertThat(r).matches("<quote id=\"m\\d+\"/>quoted"));
  }

  @Test void middlewareCanSendSeveralMessagesInOrder() {
    mochi.app().root().middleware((s, next) -> {
      s.send("one");
      s.send("two");
      return "three";
    });
    assertThat(mochi.client("alice").send("go").replies()).containsExactly("one", "two", "three");
  }
}
