package dev.mochi.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A prompt exchange written the way a plugin author writes it: the answer to a prompt is an exchange of its own,
 * and its reply (sent by the session that asked) is what {@code shouldReply} reads. The command takes a while
 * after the answer, as a busy machine or a slow write would make it: the answer's exchange must wait for the
 * asking session, not finish the moment the answer is taken.
 */
class PromptExchangeTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  private final List<String> todos = new CopyOnWriteArrayList<>();

  private void todoCommand() {
    mochi.app().root().command("todo.add <text:text>").action((argv, session) -> {
      Thread.sleep(200); // a slow write
      todos.add(argv.arg(0, String.class));
      return "Added: " + argv.arg(0, String.class);
    });
  }

  @RepeatedTest(3) void theAnswerToAPromptGetsTheReplyOfTheSessionThatAsked() {
    todoCommand();
    MockClient alice = mochi.client("alice");

    alice.send("todo add").shouldReply("Please send text.");
    alice.send("water plants").shouldReply("Added: water plants");

    assertThat(todos).containsExactly("water plants");
  }

  @Test void anAnswerSentBeforeThePromptIsAskedIsTakenAndRepliedTo() {
    todoCommand();
    MockClient alice = mochi.client("alice");

    var asking = alice.send("todo add");
    var answer = alice.send("water plants");

    asking.shouldReply("Please send text.");
    answer.shouldReply("Added: water plants");
  }

  @Test void anAnswerThatLeadsToTheNextPromptFinishesWhenThatPromptIsAsked() {
    mochi.app().root().command("pair <a:string> <b:string>").action((argv, session) -> argv.arg(0) + "+" + argv.arg(1));
    MockClient alice = mochi.client("alice");

    alice.send("pair").shouldReply("Please send a.");
    alice.send("x").shouldReply("Please send b.").await();
    alice.send("y").shouldReply("x+y");
  }
}
