package dev.mochi.testkit.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.UserData;
import dev.mochi.core.config.LoggingConfig;
import dev.mochi.core.log.PluginLogLevels;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Per-plugin log levels: logging.levels in bot.yml, and plugin log NAME LEVEL from chat. */
class PluginLogLevelTest {
  static final class Chatty implements Plugin<Void> {
    @Override public String name() { return "chatty"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.command("talk").action((argv, s) -> {
        ctx.logger().debug("debug details");
        ctx.logger().info("info line");
        return "talked";
      });
    }
  }

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .configure(b -> b.configure(c -> c.withLogging(new LoggingConfig(0, null, Map.of("chatty", "debug")))))
      .plugin(new Chatty(), null);

  @AfterEach void giveTheLoggerBack() {
    PluginLogLevels.set("chatty", "default");
  }

  @Test void theConfiguredLevelAppliesToThatPluginAndChatChangesIt() {
    mochi.plugins();
    MockClient admin = mochi.client("admin");
    admin.send("talk").shouldReply("talked");
    assertThat(mochi.logs().containing("debug details")).hasSize(1);

    UserData user = mochi.app().data().user(mochi.platform(), "admin", UserData.class);
    user.set("authority", 4);
    user.flush();
    admin.send("plugin log chatty").shouldReply("Log level of chatty: debug.");
    admin.send("plugin log chatty warn").shouldReply("Log level of chatty: warn.");
    admin.send("talk").shouldReply("talked");
    assertThat(mochi.logs().containing("info line")).as("only the first talk's").hasSize(1);
    admin.send("plugin log chatty loud").shouldReply("There is no log level 'loud'; use one of trace, debug, info, warn, error, off, or default.");
    admin.send("plugin log chatty default").shouldReply("Log level of chatty: info.");
  }
}
