package dev.mochi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.UserData;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Words of dashes and {@code =} reach the first-party commands as their declared types, or as the type's error. */
class TypedArgumentsTest {
  @RegisterExtension final MochiTest mochi = EveryPlugin.bot();

  @ParameterizedTest(name = "lottery {0}")
  @ValueSource(strings = {"---", "-=", "--=", "-=1", "--=3"})
  void lotteryAnswersTheTypesError(String word) {
    mochi.client("alice").send("lottery " + word).shouldReply("Invalid argument times: expected a positive integer.");
    assertThat(mochi.logs().problems()).isEmpty();
  }

  @ParameterizedTest(name = "authorize {0}")
  @ValueSource(strings = {"---", "-=", "--=", "-=1"})
  void authorizeAnswersTheTypesError(String word) {
    UserData admin = mochi.user("admin");
    admin.set("authority", 4);
    admin.flush();
    MockClient client = mochi.client("admin");
    client.send("authorize " + word).shouldReply("Invalid argument value: expected a non-negative integer.");
    client.send("authorize -u @bob " + word).shouldReply("Invalid argument value: expected a non-negative integer.");
    assertThat(mochi.logs().problems()).isEmpty();
  }

  @Test void aNumberArgumentNeverReceivesAString() {
    mochi.app().root().command("num <n:number>").action((argv, s) -> argv.arg(0).getClass().getSimpleName());
    mochi.client("alice").send("num ---").shouldReply("Invalid argument n: expected a number.");
    mochi.client("alice").send("num -3").shouldReply("Double");
  }

  @ParameterizedTest(name = "num {0}")
  @ValueSource(strings = {"0x10", "0b11", "0o7", "Infinity", "NaN", "1e999"})
  void numbersAreDecimalAndFinite(String word) {
    mochi.app().root().command("num <n:number>").action((argv, s) -> argv.arg(0).toString());
    mochi.client("alice").send("num " + word).shouldReply("Invalid argument n: expected a number.");
  }

  @Test void anOptionAndItsValueVariantGiveOneJavaType() {
    mochi.app().root().command("post <text:text>")
        .option("writer", "-w <id:number>")
        .option("writer", "-W, --anonymous", o -> o.value(0))
        .action((argv, s) -> argv.options().get("writer").getClass().getSimpleName() + " " + argv.options().get("writer"));
    mochi.client("alice").send("post -w 1 hi").shouldReply("Double 1.0");
    mochi.client("alice").send("post -W hi").shouldReply("Double 0.0");
  }
}
