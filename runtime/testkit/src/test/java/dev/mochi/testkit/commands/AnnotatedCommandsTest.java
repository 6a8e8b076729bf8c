package dev.mochi.testkit.commands;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.Disposable;
import dev.mochi.api.Session;
import dev.mochi.api.command.Argv;
import dev.mochi.api.command.Cmd;
import dev.mochi.api.command.CommandException;
import dev.mochi.api.command.Opt;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnnotatedCommandsTest {

  /** A plugin's command class. */
  static final class Admin {
    @Cmd(value = "authorize <user:user> <value:natural>", description = "Set a user's authority", authority = 0)
    String authorize(Session s, String user, int value, @Opt("-c, --channel <id:channel>") String channel) {
      return user + "=" + value + (channel == null ? "" : " in " + channel) + " by " + s.userId();
    }

    @Cmd(value = "add [...n:integer]", aliases = {"plus"})
    long add(long[] numbers, @Opt(value = "-x <factor:integer>", name = "factor") long factor, Argv argv) {
      long sum = 0;
      for (long n : numbers) sum += n;
      return factor == 0 ? sum : sum * factor;
    }

    @Cmd("words [...w]")
    String words(List<Object> words, @Opt("-u, --upper") boolean upper) {
      String joined = String.join("+", words.stream().map(String::valueOf).toList());
      return upper ? joined.toUpperCase() : joined;
    }

    String notACommand() { return "never"; }
  }

  @RegisterExtension final MochiTest mochi = MochiTest.create();

  @Test void annotatedMethodsBecomeCommandsWithInjectedParameters() {
    Disposable registered = mochi.app().root().commands(new Admin());
    MockClient alice = mochi.client("alice");
    alice.send("authorize @bob 3").shouldReply("mock:bob=3 by alice");
    alice.send("authorize @bob 3 -c #general").shouldReply("mock:bob=3 in mock:general by alice");
    alice.send("add 1 2 3").shouldReply("6");
    alice.send("plus 1 2 -x 10").shouldReply("30");
    alice.send("words a b --upper").shouldReply("A+B");
    alice.send("notacommand").shouldNotReply();
    registered.dispose();
    alice.send("add 1").shouldNotReply();
  }

  @Test void aClassWithoutCommandsIsRefused() {
    assertThatThrownBy(() -> mochi.app().root().commands(new Object())).isInstanceOf(CommandException.class)
        .hasMessageContaining("@Cmd");
  }
}
