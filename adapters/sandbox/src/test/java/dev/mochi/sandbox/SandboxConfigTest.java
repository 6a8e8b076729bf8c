package dev.mochi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.adapter.BotStatus;
import dev.mochi.sandbox.SandboxAdapter.Config;
import dev.mochi.testkit.MochiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SandboxConfigTest {
  @RegisterExtension final MochiTest mochi = MochiTest.withPlugin(new SandboxAdapter(), Config.defaults());

  @Test void defaultsToAPrivateChatAsAliceWithoutTheTerminal() {
    assertThat(Config.defaults()).isEqualTo(new Config(false, "alice", "", 2000));
    assertThat(new Config(true, " ", null, null)).isEqualTo(new Config(true, "alice", "", 2000));
  }

  @Test void isNamedSandboxAndBindsItsSectionOfBotYml() {
    SandboxAdapter adapter = new SandboxAdapter();
    var section = mochi.app().configLoader().mapper().createObjectNode().put("terminal", true).put("channel", "7");

    Config bound = mochi.app().configLoader().bind(section, adapter.configType(), adapter.name());

    assertThat(adapter.name()).isEqualTo("sandbox");
    assertThat(bound).isEqualTo(new Config(true, "alice", "7", 2000));
  }

  @Test void registersOneOnlineBotOnTheSandboxPlatform() {
    assertThat(mochi.app().bots().all())
        .filteredOn(bot -> bot.platform().equals("sandbox"))
        .singleElement()
        .satisfies(bot -> {
          assertThat(bot.selfId()).isEqualTo("mochi");
          assertThat(bot.status()).isEqualTo(BotStatus.ONLINE);
        });
  }

  @Test void isFoundByTheServiceLoaderAsTheLauncherLooksForPlugins() {
    assertThat(java.util.ServiceLoader.load(dev.mochi.api.Plugin.class).stream().map(p -> p.type().getName()))
        .contains(SandboxAdapter.class.getName());
  }
}
