package dev.mochi.plugin.help;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.message.Message;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HelpTest {

  /** Commands to ask about: one for everybody, one for authority 3, a hidden one, one with everything. */
  static final class Sample implements Plugin<Void> {
    @Override public void apply(Context ctx, Void config) {
      ctx.command("promote <level:natural>", "Set your own authority (test only)").authority(0)
          .action((argv, s) -> {
            s.user().set("authority", argv.arg(0, Integer.class));
            return "ok";
          });
      ctx.command("echo <message:text>", "Repeat a message").alias("say")
          .option("times", "-t, --times <n:posint> times to repeat", o -> o.fallback(1))
          .option("secret", "-s", o -> o.hidden(true).description("a hidden flag"))
          .option("force", "-f force it", o -> o.authority(3))
          .usage("Repeats exactly what you send.")
          .example("echo -t 2 hi")
          .action((argv, s) -> argv.arg(0, String.class).repeat(argv.option("times", Integer.class)));
      ctx.command("echo.upper <message:text>", "Shout a message").action((argv, s) -> argv.arg(0, String.class));
      ctx.command("ban <user:user>", "Ban a user").authority(3).action((argv, s) -> "banned");
      ctx.command("debug", "Internals").hidden(true).action((argv, s) -> "debug");
    }

    @Override public String name() { return "sample"; }
  }

  @RegisterExtension final MochiTest mochi = MochiTest.create().plugin(new Help(), null).plugin(new Sample(), null);

  private static Consumer<String> plain(String expected) {
    return r -> assertThat(Message.parse(r).plainText()).isEqualTo(expected);
  }

  @Test void helpListsExactlyTheCommandsTheUserMayRun() {
    MockClient alice = mochi.client("alice");
    alice.send("help").shouldReply(plain("""
        Available commands:
            echo  Repeat a message
            help  Show help
            promote  Set your own authority (test only)"""));
    alice.send("promote 3").shouldReply("ok");
    alice.send("help").shouldReply(plain("""
        Available commands:
            ban  Ban a user
            echo  Repeat a message
            help  Show help
            promote  Set your own authority (test only)"""));
    alice.send("help -H").shouldReply(r -> assertThat(Message.parse(r).plainText()).contains("    debug  Internals"));
  }

  @Test void helpForACommandShowsItsDeclarationAndEverythingAboutIt() {
    mochi.client("alice").send("help echo").shouldReply(plain("""
        Command: echo <message:text>
        Repeat a message
        Aliases: say.
        Repeats exactly what you send.
        Options:
            -t, --times <n:posint>  times to repeat
        Subcommands:
            echo.upper  Shout a message
        Examples:
            echo -t 2 hi"""));
  }

  @Test void hiddenOptionsAndOptionsAboveTheUsersAuthorityShowOnlyWithCapitalH() {
    mochi.client("alice").send("help -H echo").shouldReply(r -> assertThat(Message.parse(r).plainText())
        .contains("    -s, --secret  a hidden flag", "    -f, --force  force it"));
  }

  @Test void optionsMayFollowTheCommandsName() {
    MockClient alice = mochi.client("alice");
    alice.send("help echo -H").shouldReply(r -> assertThat(Message.parse(r).plainText())
        .startsWith("Command: echo <message:text>").contains("    -s, --secret  a hidden flag"));
    alice.send("help echo upper --show-hidden").shouldReply(r -> assertThat(Message.parse(r).plainText())
        .startsWith("Command: echo.upper"));
    alice.send("help debug -H").shouldReply(r -> assertThat(Message.parse(r).plainText()).startsWith("Command: debug"));
  }

  @Test void everyCommandAnswersDashH() {
    MockClient alice = mochi.client("alice");
    alice.send("echo -h").shouldReply(r -> assertThat(Message.parse(r).plainText()).startsWith("Command: echo <message:text>"));
    alice.send("say --help").shouldReply(r -> assertThat(Message.parse(r).plainText()).startsWith("Command: echo"));
    alice.send("echo.upper -h").shouldReply(r -> assertThat(Message.parse(r).plainText()).startsWith("Command: echo.upper"));
  }

  @Test void aTypoGetsASuggestionAndAPeriodShowsIt() {
    MockClient alice = mochi.client("alice");
    alice.send("help heip").shouldReply("Command not found. Did you mean \"help\"? Reply with a period to run it.");
    alice.send(".").shouldReply(r -> assertThat(Message.parse(r).plainText()).startsWith("Command: help [...command:string]"));
    alice.send(".").shouldNotReply();
  }

  @Test void anyOtherMessageCancelsThePendingSuggestion() {
    MockClient alice = mochi.client("alice");
    alice.send("help ecbo").shouldReply("Command not found. Did you mean \"echo\"? Reply with a period to run it.");
    alice.send("hello there").shouldNotReply();
    alice.send(".").shouldNotReply();
  }

  @Test void theSuggestionBelongsToOneUserInOneChannel() {
    MockClient alice = mochi.client("alice", "room");
    MockClient bob = mochi.client("bob", "room");
    alice.send("help ecbo").shouldReply(r -> assertThat(r).startsWith("Command not found."));
    bob.drain();
    bob.send(".").shouldNotReply();
    alice.send(".").shouldReply(r -> assertThat(Message.parse(r).plainText()).startsWith("Command: echo"));
  }

  @Test void aNameFarFromEveryCommandIsSimplyNotFound() {
    mochi.client("alice").send("help zzzzzz").shouldReply("Command not found.");
  }

  @Test void aCommandAboveTheUsersAuthorityIsRefused() {
    mochi.client("alice").send("help ban").shouldReply("Insufficient authority.");
  }

  @Test void theLauncherFindsThePluginOnTheClasspath() {
    assertThat(ServiceLoader.load(Plugin.class).stream().map(p -> p.type().getName())).contains(Help.class.getName());
  }
}
