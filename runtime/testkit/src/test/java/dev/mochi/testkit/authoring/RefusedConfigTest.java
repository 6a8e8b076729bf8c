package dev.mochi.testkit.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.core.plugin.PluginInfo;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the owner sees when a plugin jar's section of bot.yml fails the record's own check. */
class RefusedConfigTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create().pluginConfig("todo", "max-items: 0");

  @Test void thePluginFailsAloneWithTheRecordsWords() {
    PluginInfo todo = mochi.pluginJar(PluginJar.id("todo").classes(Todo.class, Todo.Config.class));

    assertThat(todo.state()).isEqualTo(PluginState.FAILED);
    assertThat(todo.error()).hasValue("plugins.todo: max-items must be at least 1, not 0");
    mochi.client("alice").send("todo limit").shouldNotReply();
  }
}
