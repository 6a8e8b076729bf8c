package dev.mochi.testkit.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.Fork;
import dev.mochi.api.PluginException;
import dev.mochi.api.command.ArgumentInfo;
import dev.mochi.api.command.Command;
import dev.mochi.api.command.CommandException;
import dev.mochi.api.command.OptionInfo;
import dev.mochi.core.context.Scope;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeclarationTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  private Scope root() { return mochi.app().root(); }

  @Test void namesAreLowerCasedWithDashes() {
    Command c = root().command("My_Cmd <x>");
    assertThat(c.name()).isEqualTo("my-cmd");
    assertThat(c.declaration()).isEqualTo("my-cmd <x>");
    c.action((argv, s) -> "ran " + argv.arg(0));
    mochi.client("alice").send("MY_CMD 1").shouldReply("ran 1");
  }

  @Test void derivedAndChildHierarchies() {
    Command a = root().command("a");
    Command b = a.subcommand("b");
    Command c = b.subcommand(".c");
    assertThat(a.children()).containsExactly(b);
    assertThat(b.name()).isEqualTo("b");
    assertThat(b.parent()).contains(a);
    assertThat(c.name()).isEqualTo("b.c");
    assertThat(c.parent()).contains(b);
    Command d = root().command("a.d");
    assertThat(d.parent()).contains(a);
    Command f = root().command("x/f");
    assertThat(f.name()).isEqualTo("f");
    assertThat(f.parent().map(Command::name)).contains("x");
  }

  @Test void aCommandCannotBecomeTheChildOfTwoParents() {
    root().command("a").subcommand("b");
    root().command("d");
    assertThatThrownBy(() -> root().command("d/b")).isInstanceOf(CommandException.class)
        .hasMessageContaining("already a subcommand of 'a'");
    assertThatThrownBy(() -> root().command("a").subcommand("a")).isInstanceOf(CommandException.class);
  }

  @Test void declaringAgainReturnsTheSameCommandAndMergesItsSettings() {
    Command first = root().command("d", "foo").authority(1);
    Command second = root().command("d <x:number>", "bar").authority(2);
    assertThat(second).isSameAs(first);
    assertThat(first.description()).isEqualTo("bar");
    assertThat(first.authority()).isEqualTo(2);
    assertThat(first.arguments()).containsExactly(new ArgumentInfo("x", "number", true, false));
    assertThat(root().command("d")).isSameAs(first);
    assertThat(first.description()).isEqualTo("bar");
  }

  @Test void anotherPluginCannotTakeANameOrAlias() {
    root().plugin(new Named("wiki", ctx -> ctx.command("w").alias("lookup")));
    assertThatThrownBy(() -> root().plugin(new Named("weather", ctx -> ctx.command("w"))))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("weather").hasMessageContaining("wiki").hasMessageContaining("'w'");
    assertThatThrownBy(() -> root().plugin(new Named("search", ctx -> ctx.command("lookup"))))
        .hasMessageContaining("search").hasMessageContaining("wiki").hasMessageContaining("lookup");
    assertThatThrownBy(() -> root().plugin(new Named("maps", ctx -> ctx.command("m").alias("w"))))
        .hasMessageContaining("maps").hasMessageContaining("wiki");
  }

  @Test void theSamePluginGetsItsCommandBackThroughAnAlias() {
    Command e = root().command("e").alias("x");
    assertThat(root().command("x")).isSameAs(e);
    assertThat(root().user("10000").command("e")).isSameAs(e);
  }

  @Test void disposingACommandRemovesItsChildrenAliasesAndShortcuts() {
    Command foo = root().command("foo").action((argv, s) -> "foo");
    Command bar = foo.subcommand("bar").alias("baz").shortcut("one", c -> {}).action((argv, s) -> "bar");
    Command test = bar.subcommand("test").alias("it").shortcut("two", c -> {}).action((argv, s) -> "test");
    MockClient alice = mochi.client("alice");
    alice.send("baz").shouldReply("bar");
    alice.send("two").shouldReply("test");
    bar.dispose();
    bar.dispose();
    assertThat(foo.children()).isEmpty();
    for (String gone : List.of("bar", "baz", "one", "test", "it", "two")) alice.send(gone).shouldNotReply();
    alice.send("foo").shouldReply("foo");
    assertThat(root().commands().find("it")).isEmpty();
  }

  @Test void disposingThePluginRemovesItsCommands() {
    Fork fork = root().plugin(new Named("temp", ctx -> ctx.command("temp").action((argv, s) -> "here")));
    MockClient alice = mochi.client("alice");
    alice.send("temp").shouldReply("here");
    fork.dispose();
    alice.send("temp").shouldNotReply();
    root().plugin(new Named("other", ctx -> ctx.command("temp").action((argv, s) -> "reborn")));
    alice.send("temp").shouldReply("reborn");
  }

  @Test void aCommandFromANarrowedContextRunsOnlyWhereItMatches() {
    root().plugin(new Named("guilds", ctx -> ctx.guild("g1").command("local").action((argv, s) -> "local")));
    mochi.client("alice", "g1").send("local").shouldReply("local");
    mochi.client("alice", "g2").send("local").shouldNotReply();
    mochi.client("alice").send("local").shouldNotReply();
  }

  @Test void argumentsAndOptionsAreDescribedCompletelyForSlashCommands() {
    Command c = root().command("echo <message:text> [times:posint]", "Repeat")
        .option("loud", "-l, --loud shout it")
        .option("times", "-t <n:posint> how often", o -> o.fallback(1))
        .option("writer", "-w <id:number>")
        .option("writer", "-W, --anonymous", o -> o.value(0));
    assertThat(c.arguments()).containsExactly(new ArgumentInfo("message", "text", true, false),
        new ArgumentInfo("times", "posint", false, false));
    assertThat(c.options()).containsExactly(
        new OptionInfo("loud", List.of("l", "loud"), "-l, --loud", "boolean", "shout it", Optional.empty(),
            Optional.empty(), 0, false),
        new OptionInfo("times", List.of("t", "times"), "-t, --times <n:posint>", "posint", "how often",
            Optional.of(1L), Optional.empty(), 0, false),
        new OptionInfo("writer", List.of("w", "writer"), "-w, --writer <id:number>", "number", "", Optional.empty(),
            Optional.empty(), 0, false),
        new OptionInfo("writer", List.of("W", "anonymous"), "-W, --anonymous", "boolean", "", Optional.empty(),
            Optional.of(0), 0, false));
  }

  @Test void aliasesMayPresetArgumentsAndOptions() {
    root().command("say <word> [times:posint]").option("loud", "-l")
        .alias("shout", List.of("HEY"), Map.of("loud", true))
        .action((argv, s) -> argv.arg(0) + "/" + argv.arg(1) + "/" + argv.has("loud"));
    mochi.client("alice").send("shout 2").shouldReply("HEY/2/true");
  }
}
