package dev.mochi.testkit.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Events;
import dev.mochi.api.Hooks;
import dev.mochi.api.SessionError;
import dev.mochi.api.message.Message;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExecutionTest {
  private static final List<Events.CommandError> ERRORS = new CopyOnWriteArrayList<>();

  private static final Named PLUGIN = new Named("exec", ctx -> {
    ctx.command("cmd2 <foo> [bar:text]")
        .option("alpha", "-a").option("beta", "-b <beta:number>").option("gamma", "-c <gamma>", o -> o.fallback(0))
        .option("delta", "-d <delta:string>").option("epsilon", "-e <epsilon:posint>", o -> o.fallback(1))
        .action((argv, s) -> argv.args() + " " + argv.options());
    ctx.command("greet <name> [greeting]").action((argv, s) -> argv.arg(1, String.class, "hello") + " " + argv.arg(0));
    ctx.command("strict [x]").checkUnknown(true).action((argv, s) -> "strict " + argv.arg(0, String.class, "-"));
    ctx.command("lenient <x>").checkArgCount(false).action((argv, s) -> "lenient " + argv.arg(0, String.class, "without x"));
    ctx.command("quiet <n:posint>").showWarning(false).action((argv, s) -> "quiet");
    ctx.command("boom").action((argv, s) -> {
      throw new IllegalStateException("the reactor melted");
    });
    ctx.command("sorry").action((argv, s) -> {
      throw new SessionError("commands.low-authority");
    });
    ctx.command("guarded [x]").check((argv, s) -> "x".equals(argv.arg(0, String.class, "")) ? "no x here" : null).action((argv, s) -> "passed");
    ctx.command("chain").action((argv, s) -> "first saw " + argv.next()).action((argv, s) -> "second");
    ctx.command("fall").action((argv, s) -> argv.next());
    ctx.command("async").action((argv, s) -> java.util.concurrent.CompletableFuture.supplyAsync(() -> "later"));
    ctx.command("run <line:text>").action((argv, s) -> s.evaluate(argv.arg(0, String.class)).map(m -> "ran: " + m).orElse("nothing"));
    ctx.command("sum [...n:number]").action((argv, s) -> argv.args().stream().mapToDouble(o -> (Double) o).sum());
    ctx.on(Events.COMMAND_ERROR, ERRORS::add);
    ctx.before(Hooks.COMMAND_BEFORE_EXECUTE, argv -> argv.has("alpha") && Boolean.TRUE.equals(argv.option("alpha", Boolean.class))
        && "veto".equals(argv.arg(0, String.class, "")) ? "vetoed by hook" : null);
    ctx.middleware((s, next) -> next.proceed("fallback reached"));
  });

  @RegisterExtension final MochiTest mochi = MochiTest.create().plugin(PLUGIN, null)
      .configure(b -> b.promptTimeout(Duration.ofMillis(300)));

  @Test void helpFlagWithoutAHelpCommandRunsNothing() {
    var alice = mochi.client("alice");
    alice.send("guarded -h").shouldNotReply();
    alice.send("guarded x --help").shouldNotReply();
    alice.send("guarded").shouldReply("passed");
  }

  @Test void argumentsAndOptionsReachTheAction() {
    MockClient alice = mochi.client("alice");
    alice.send("cmd2 a b c").shouldReply("[a, b c] {gamma=0, epsilon=1}");
    alice.send("cmd2 x --alpha 1").shouldReply("[x, 1] {alpha=true, gamma=0, epsilon=1}");
    alice.send("cmd2 x -ab=-1").shouldReply("[x] {alpha=true, beta=-1.0, gamma=0, epsilon=1}");
    alice.send("cmd2 x --delta 1").shouldReply("[x] {delta=1, gamma=0, epsilon=1}");
    alice.send("sum 1 2 -3 1,000").shouldReply("1000.0");
  }

  @Test void invalidValuesAreRepliedWithTheirReason() {
    MockClient alice = mochi.client("alice");
    alice.send("cmd2 x --gamma a").shouldReply("Invalid option gamma: expected an integer.");
    alice.send("cmd2 x --epsilon 1.2").shouldReply("Invalid option epsilon: expected a positive integer.");
    alice.send("sum 1 two").shouldReply("Invalid argument n: expected a number.");
  }

  @Test void aMissingArgumentIsAskedForAndTheNextMessageFillsIt() {
    MockClient alice = mochi.client("alice");
    var asking = alice.send("greet").shouldReply("Please send name.");
    alice.send("Ann").await();
    assertThat(asking.replies()).containsExactly("hello Ann");
  }

  @Test void aMissingArgumentThatNeverComesEndsWithAHint() {
    MockClient alice = mochi.client("alice");
    assertThat(alice.send("greet").replies())
        .containsExactly("Please send name.", "Missing argument. Type \"help greet\" for usage.");
  }

  @Test void checkArgCountOffRunsTheActionWithoutTheArgument() {
    mochi.client("alice").send("lenient").shouldReply("lenient without x");
  }

  @Test void extraArgumentsAreReported() {
    mochi.client("alice").send("greet a b c").shouldReply("Too many arguments. Type \"help greet\" for usage.");
  }

  @Test void unknownOptionsAreReportedWhenCheckUnknownIsOn() {
    MockClient alice = mochi.client("alice");
    alice.send("strict --loud y").shouldReply("Unknown option loud. Type \"help strict\" for usage.");
    alice.send("greet Ann --loud").shouldReply("hello Ann");
  }

  @Test void withShowWarningOffErrorsStopSilently() {
    mochi.client("alice").send("quiet zero").shouldNotReply();
  }

  @Test void anExceptionBecomesTheErrorReplyOneLogLineAndAnEvent() {
    ERRORS.clear();
    mochi.client("alice").send("boom").shouldReply("Something went wrong; the error has been logged.");
    List<String> logged = mochi.logs().containing("the reactor melted");
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0)).contains("exec", "boom");
    assertThat(ERRORS).singleElement().satisfies(e -> {
      assertThat(e.error()).hasMessage("the reactor melted");
      assertThat(e.argv().command().name()).isEqualTo("boom");
    });
  }

  @Test void aSessionErrorBecomesItsLocalizedText() {
    mochi.client("alice").send("sorry").shouldReply("Insufficient authority.");
  }

  @Test void checksAndTheBeforeExecuteHookMayStopTheCommand() {
    MockClient alice = mochi.client("alice");
    alice.send("guarded x").shouldReply("no x here");
    alice.send("guarded y").shouldReply("passed");
    alice.send("cmd2 veto -a").shouldReply("vetoed by hook");
  }

  @Test void actionsChainThroughNextAndTheLastNextContinuesTheMiddlewareChain() {
    MockClient alice = mochi.client("alice");
    alice.send("chain").shouldReply("first saw second");
    alice.send("fall").shouldReply("fallback reached");
  }

  @Test void asynchronousResultsAreAwaited() {
    mochi.client("alice").send("async").shouldReply("later");
  }

  @Test void commandsRunFromCodeReturnTheirReply() {
    MockClient alice = mochi.client("alice");
    alice.send("run greet Bob hi").shouldReply("ran: hi Bob");
    alice.send("run nosuchcommand").shouldReply("nothing");
    assertThat(mochi.app().root().commands().execute(mochi.platform(), "carol", "greet Carol"))
        .map(Message::toString).hasValue("hello Carol");
  }

  @Test void interpolationUsesTheOutputOfTheInnerCommand() {
    MockClient alice = mochi.client("alice");
    alice.send("greet $(greet Zed) yo").shouldReply("yo hello Zed");
    alice.send("greet '$(greet Zed)'").shouldReply("hello $(greet Zed)");
  }

  @Test void aMessageThatIsNoCommandGoesOnThroughTheChain() {
    mochi.client("alice", "guild").send("just chatting").shouldReply("fallback reached");
  }
}
