package dev.mochi.testkit.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.Default;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A plugin's config record as the owner meets it: {@code @Default} on a component is what a missing key binds to
 * (it used to bind 0 silently), the record's own checks reach the owner in the record's words (they used to arrive
 * as "Cannot construct instance of ..."), and the testkit tests an invalid section in one line.
 */
class ConfigRecordTest {
  public static final class Broken implements Plugin<Broken.Config> {
    public record Config(@Default("many") int maxItems) {}

    @Override public void apply(Context ctx, Config config) {}
  }

  @RegisterExtension final MochiTest mochi = MochiTest.create().pluginConfig("todo", "");

  @Test void aKeyLeftOutBindsToItsDefault() {
    Todo.Config config = MochiTest.config(new Todo(), "");

    assertThat(config.maxItems()).isEqualTo(5);
    assertThat(config.empty()).isEqualTo("Nothing to do.");
    assertThat(config.remindAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.lists()).containsExactly("home");
    assertThat(MochiTest.config(new Todo(), "max-items: 9").maxItems()).isEqualTo(9);
  }

  @Test void thePluginJarGetsTheDefaultsFromBotYmlAndTheConsoleFormShowsThem() {
    assertThat(mochi.pluginJar(PluginJar.id("todo").classes(Todo.class, Todo.Config.class)).active()).isTrue();

    mochi.client("alice").send("todo limit").shouldReply("5 / Nothing to do.");
    var form = mochi.plugins().schema("todo").path("properties");
    assertThat(form.path("max-items").path("default").asInt()).isEqualTo(5);
    assertThat(form.path("remind-after").path("default").asText()).isEqualTo("PT30S");
  }

  @Test void theRecordsOwnCheckReachesTheOwnerInItsWords() {
    assertThat(MochiTest.configError(new Todo(), "max-items: 0"))
        .isEqualTo("plugins.todo: max-items must be at least 1, not 0");
  }

  @Test void aWrongValueNamesTheKeyAndWhatWasExpected() {
    assertThat(MochiTest.configError(new Todo(), "max-items: lots"))
        .isEqualTo("plugins.todo: 'max-items': expected a whole number, got 'lots'");
  }

  @Test void anUnknownKeyIsNamed() {
    assertThat(MochiTest.configError(new Todo(), "colour: red")).startsWith("plugins.todo: unknown key 'colour'");
  }

  @Test void aDefaultThatIsNotAValueIsBlamedOnThePluginNotTheOwner() {
    assertThat(MochiTest.configError(new Broken(), ""))
        .contains("@Default(\"many\")").contains("'max-items'").contains("the plugin must fix its default");
  }

  @Test void configErrorFailsTheTestWhenTheSectionIsAccepted() {
    assertThatThrownBy(() -> MochiTest.configError(new Todo(), "max-items: 3"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("plugins.todo was accepted");
  }
}
