package dev.mochi.testkit.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.command.CommandException;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Arguments read by the names the declaration gives them, not only by position. */
class NamedArgumentsTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  @Test void anArgumentIsReadByItsDeclaredName() {
    mochi.app().root().command("todo.done <n:posint> [note:text]")
        .action((argv, s) -> "Done: " + argv.arg("n", Integer.class) + " " + argv.arg("note", String.class, "(no note)"));
    MockClient alice = mochi.client("alice");

    alice.send("todo done 3").shouldReply("Done: 3 (no note)");
    alice.send("todo done 2 watered the plants").shouldReply("Done: 2 watered the plants");
  }

  @Test void aVariadicArgumentReadsAsTheListOfItsValues() {
    mochi.app().root().command("tag <item:string> [...tags:string]")
        .action((argv, s) -> argv.arg("item", String.class) + " " + argv.arg("tags", List.class, List.of()));

    mochi.client("alice").send("tag plant green tall").shouldReply("plant [green, tall]");
  }

  @Test void aNameTheCommandDoesNotDeclareIsAnErrorListingTheDeclaredOnes() {
    AtomicReference<Throwable> error = new AtomicReference<>();
    mochi.app().root().command("todo.done <n:posint>").action((argv, s) -> {
      try {
        return argv.arg("number", Integer.class);
      } catch (CommandException e) {
        error.set(e);
        return "refused";
      }
    });

    mochi.client("alice").send("todo done 3").shouldReply("refused");
    assertThat(error.get()).isInstanceOf(CommandException.class)
        .hasMessageContaining("todo.done").hasMessageContaining("'number'").hasMessageContaining("'n'");
  }

  @Test void aRequiredNameThatWasNotGivenSaysHowToReadItOptionally() {
    AtomicReference<Throwable> error = new AtomicReference<>();
    mochi.app().root().command("greet [name:string]").action((argv, s) -> {
      error.set(catchThrowable(() -> argv.arg("name", String.class)));
      return "ok";
    });

    mochi.client("alice").send("greet").shouldReply("ok");
    assertThat(error.get()).hasMessageContaining("'name' was not given").hasMessageContaining("arg(\"name\", type, fallback)");
  }

  private static Throwable catchThrowable(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return e;
    }
    assertThatThrownBy(() -> { }).as("expected an exception").isNotNull();
    return null;
  }
}
