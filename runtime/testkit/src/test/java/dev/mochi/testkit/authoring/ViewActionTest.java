package dev.mochi.testkit.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.data.ChannelData;
import dev.mochi.api.data.Default;
import dev.mochi.api.data.Observed;
import dev.mochi.api.data.UserData;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The todo plugin of the newcomer's trial, with the view named once: {@code action(View.class, ...)} extends the
 * table, declares the fields and hands the view to the action (no {@code extend}, {@code userFields} or
 * {@code session.user(View.class)}).
 */
class ViewActionTest {
  public interface Todos extends UserData {
    List<String> todos();
  }

  public interface Counter extends ChannelData {
    @Default("0") int added();  void added(int value);
  }

  @RegisterExtension final MochiTest mochi = MochiTest.create();

  private void todoPlugin() {
    var ctx = mochi.app().root();
    ctx.command("todo.add <text:text>").action(Todos.class, (argv, session, todos) -> {
      todos.todos().add(argv.arg("text", String.class));
      return "Added: " + argv.arg("text", String.class);
    });
    ctx.command("todo.list").action(Todos.class, (argv, session, todos) ->
        todos.todos().isEmpty() ? "Nothing to do." : String.join("; ", todos.todos()));
    ctx.command("todo.done <n:posint>").action(Todos.class, (argv, session, todos) -> {
      int n = argv.arg("n", Integer.class);
      if (n > todos.todos().size()) return "There is no item " + n + ".";
      return "Done: " + todos.todos().remove(n - 1);
    });
    ctx.command("todo.count").action(Counter.class, (argv, session, channel) -> {
      channel.added(channel.added() + 1);
      return "counted " + channel.added();
    });
  }

  @Test void theActionReceivesTheUsersViewAndItsWritesAreStored() {
    todoPlugin();
    MockClient alice = mochi.client("alice");

    alice.send("todo add water plants").shouldReply("Added: water plants");
    alice.send("todo add call mum").shouldReply("Added: call mum");
    alice.send("todo list").shouldReply("water plants; call mum");
    mochi.client("bob").send("todo list").shouldReply("Nothing to do.");

    assertThat(mochi.user("alice", Todos.class).todos()).containsExactly("water plants", "call mum");
  }

  @Test void aPromptedArgumentReachesTheViewActionAndItsReplyTheAnswersExchange() {
    todoPlugin();
    MockClient alice = mochi.client("alice");

    alice.send("todo add").shouldReply("Please send text.");
    alice.send("water plants").shouldReply("Added: water plants");
    alice.send("todo done 2").shouldReply("There is no item 2.");
    alice.send("todo done 1").shouldReply("Done: water plants");
    alice.send("todo list").shouldReply("Nothing to do.");

    assertThat(mochi.user("alice", Todos.class).todos()).isEmpty();
  }

  @Test void aChannelViewGetsTheSessionsChannel() {
    todoPlugin();
    MockClient inGuild = mochi.client("alice", "guild-1");

    inGuild.send("todo count").shouldReply("counted 1");
    mochi.client("bob", "guild-1").send("todo count").shouldReply("counted 2");
  }

  @Test void aViewOfNeitherTableIsRefusedWhenTheCommandIsDeclared() {
    interface Loose extends Observed {}

    assertThatThrownBy(() -> mochi.app().root().command("loose").action(Loose.class, (argv, s, v) -> "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'loose'").hasMessageContaining("neither UserData nor ChannelData");
  }
}
