package dev.mochi.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PromptTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  private final List<String> chainSaw = new CopyOnWriteArrayList<>();

  private void askingMiddleware(Duration timeout) {
    mochi.app().root().middleware((s, next) -> {
      chainSaw.add(s.content());
      if (!s.content().equals("ask")) return "plain " + s.content();
      s.send("What is your name?");
      return s.prompt(timeout).map(answer -> "Hello, " + answer + "!").orElse("Too slow.");
    });
  }

  @Test void theUsersNextMessageAnswersAWaitingPromptInsteadOfQueueingBehindIt() {
    askingMiddleware(Duration.ofSeconds(5));
    MockClient alice = mochi.client("alice");
    var asking = alice.send("ask").shouldReply("What is your name?");
    alice.send("Alice").await();
    assertThat(asking.replies()).containsExactly("Hello, Alice!");
    assertThat(chainSaw).containsExactly("ask");
  }

  @Test void aMessageAlreadyQueuedBehindThePromptingSessionAnswersIt() {
    askingMiddleware(Duration.ofSeconds(5));
    MockClient alice = mochi.client("alice");
    var asking = alice.send("ask");
    alice.send("Bob");
    assertThat(asking.replies()).containsExactly("What is your name?", "Hello, Bob!");
    assertThat(chainSaw).containsExactly("ask");
  }

  @Test void aPromptThatTimesOutReturnsEmptyAndLaterMessagesRunNormally() {
    askingMiddleware(Duration.ofMillis(200));
    MockClient alice = mochi.client("alice");
    assertThat(alice.send("ask").replies()).containsExactly("What is your name?", "Too slow.");
    alice.send("later").shouldReply("plain later");
    assertThat(chainSaw).containsExactly("ask", "later");
  }

  @Test void anotherUsersMessageDoesNotAnswerThePrompt() {
    askingMiddleware(Duration.ofSeconds(5));
    MockClient alice = mochi.client("alice", "room");
    MockClient bob = mochi.client("bob", "room");
    var asking = alice.send("ask");
    bob.send("Mallory").await();
    alice.send("Alice");
    asking.await();
    assertThat(alice.drain()).contains("Hello, Alice!").doesNotContain("Hello, Mallory!");
  }
}
