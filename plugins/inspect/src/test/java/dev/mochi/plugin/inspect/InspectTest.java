package dev.mochi.plugin.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InspectTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create();

  @BeforeEach void loadTheShippedJar() {
    assertThat(mochi.pluginJar(PluginJar.of("inspect", Inspect.class)).active()).isTrue();
  }

  @Test void inAGuildChannelEveryIdIsShown() {
    mochi.client("bob", "guild-1").send("inspect").shouldReply(r -> {
      List<String> lines = r.lines().toList();
      assertThat(lines).hasSize(6);
      assertThat(lines.get(0)).isEqualTo("Platform: mock");
      assertThat(lines.get(1)).matches("Message ID: m\\d+");
      assertThat(lines.subList(2, 6)).containsExactly("Channel ID: guild-1", "Guild ID: guild-1", "User ID: bob", "Self ID: mochi");
    });
  }

  @Test void inAPrivateChatTheGuildIsNone() {
    mochi.client("alice").send("inspect")
        .shouldReply(r -> assertThat(r).contains("Channel ID: private:alice\nGuild ID: (none, private chat)\nUser ID: alice"));
  }
}
