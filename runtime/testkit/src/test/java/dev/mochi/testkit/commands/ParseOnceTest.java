package dev.mochi.testkit.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Hooks;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A line is recognized and parsed once: the command attach hooks see the parsed arguments, and the command runs with
 * that same parse. A domain whose parser counts its calls shows it: each value is parsed once per message.
 */
class ParseOnceTest {
  private static final AtomicInteger PARSES = new AtomicInteger();
  private static final List<Object> HOOKS_SAW = new CopyOnWriteArrayList<>();

  private static final Named PLUGIN = new Named("weights", ctx -> {
    ctx.commands().domain("fruit", (source, session) -> {
      PARSES.incrementAndGet();
      return source.toUpperCase();
    });
    ctx.command("weigh <f:fruit> [g:fruit]").option("as", "-a <kind:fruit>")
        .action((argv, s) -> "weighed " + argv.arg(0) + " " + argv.arg(1, String.class, "-") + " " + argv.option("as", String.class, "-"));
    ctx.command("both").action((argv, s) -> s.evaluate("weigh kiwi").map(Object::toString).orElse("none"));
    ctx.before(Hooks.COMMAND_ATTACH_USER, (Hooks.CommandFieldsHook) (argv, fields) -> {
      HOOKS_SAW.add("user " + argv.args());
      fields.add("authority");
    });
    ctx.before(Hooks.COMMAND_ATTACH_CHANNEL, (Hooks.CommandFieldsHook) (argv, fields) ->
        HOOKS_SAW.add("channel " + argv.args()));
  });

  @RegisterExtension final MochiTest mochi = MochiTest.withPlugin(PLUGIN);

  @BeforeEach void reset() {
    PARSES.set(0);
    HOOKS_SAW.clear();
  }

  @Test void aLineIsParsedOnceWithAttachHooksPresent() {
    MockClient alice = mochi.client("alice");
    alice.send("weigh apple pear -a melon").shouldReply("weighed APPLE PEAR MELON");
    assertThat(PARSES).as("parser calls for three values").hasValue(3);
    assertThat(HOOKS_SAW).containsExactly("user [APPLE, PEAR]", "channel [APPLE, PEAR]");

    alice.send("weigh fig").shouldReply("weighed FIG - -");
    assertThat(PARSES).as("parser calls after one more value").hasValue(4);
  }

  @Test void aNestedCommandIsParsedOnceToo() {
    mochi.client("bob").send("both").shouldReply("weighed KIWI - -");
    assertThat(PARSES).hasValue(1);
    assertThat(HOOKS_SAW).containsExactly("user []", "channel []", "user [KIWI]", "channel [KIWI]");
  }

  @Test void aMessageThatIsNoCommandParsesNothing() {
    mochi.client("carol").send("apple pear").shouldNotReply();
    assertThat(PARSES).hasValue(0);
    assertThat(HOOKS_SAW).isEmpty();
  }
}
