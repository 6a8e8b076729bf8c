package dev.mochi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.Default;
import dev.mochi.api.data.UserData;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pf4j.Extension;

/**
 * The plugin and the test shown in README.md and docs/getting-started.md, verbatim, so the first code
 * a reader copies compiles and behaves as the page says.
 */
class ReadmeExampleTest {

  @Extension
  public static final class Greeter implements Plugin<Greeter.Config> {
    public record Config(String greeting) {}                 // plugins.greeter in bot.yml

    public interface Visits extends UserData {                // a column of table "user"
      @Default("0") int visits();  void visits(int value);
    }

    @Override public void apply(Context ctx, Config config) {
      ctx.model().extend("user", Visits.class);
      ctx.command("greet [name:string]", "Say hello")
         .option("loud", "-l")
         .userFields(Visits.class)
         .action((argv, session) -> {
           Visits me = session.user(Visits.class);
           me.visits(me.visits() + 1);                         // saved when the session ends
           String name = argv.arg(0, String.class, session.author());
           String text = config.greeting() + ", " + name + " (visit " + me.visits() + ")";
           return argv.option("loud", Boolean.class) ? text.toUpperCase() : text;
         });
    }
  }

  @RegisterExtension
  static final MochiTest mochi = MochiTest.withPlugin(new Greeter(), new Greeter.Config("Hello"));

  @Test void greetingCountsVisits() {
    MockClient alice = mochi.client("alice");              // a private chat
    alice.send("greet Bob").shouldReply("Hello, Bob (visit 1)");
    alice.send("greet -l Bob").shouldReply("HELLO, BOB (VISIT 2)");
    mochi.client("bob", "guild-1")                          // a guild channel
        .send("greet").shouldReply(r -> assertThat(r).startsWith("Hello, bob"));
  }

  @Test void theVisitCountIsStoredInTheDatabase() {
    mochi.client("carol").send("greet").shouldReply("Hello, carol (visit 1)");

    assertThat(mochi.user("carol", Greeter.Visits.class).visits()).isEqualTo(1);
  }
}
