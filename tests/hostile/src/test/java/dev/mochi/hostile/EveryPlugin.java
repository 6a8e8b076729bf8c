package dev.mochi.hostile;

import dev.mochi.core.AppBuilder;
import dev.mochi.core.config.MessageConfig;
import dev.mochi.plugin.admin.Admin;
import dev.mochi.plugin.echo.Echo;
import dev.mochi.plugin.help.Help;
import dev.mochi.plugin.inspect.Inspect;
import dev.mochi.plugin.lottery.Lottery;
import dev.mochi.plugin.starter.Greeter;
import dev.mochi.plugin.status.Status;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;

/** A test bot with every first-party plugin, as {@code ./mochi} runs it. */
final class EveryPlugin {
  private EveryPlugin() {}

  /** Every first-party plugin with the default configuration. */
  static MochiTest bot() {
    return MochiTest.create().configure(EveryPlugin::plugins).timeout(Duration.ofSeconds(30));
  }

  /** The same bot with limits high enough for messages of {@code length} characters of any shape. */
  static MochiTest bot(int length) {
    return bot().configure(b -> limits(b, length));
  }

  /** Adds every first-party plugin (new instances) to {@code b}, and a short prompt timeout. */
  static AppBuilder plugins(AppBuilder b) {
    return b.plugin(new Help(), (Void) null)
        .plugin(new Echo(), (Void) null)
        .plugin(new Admin(), (Void) null)
        .plugin(new Inspect(), (Void) null)
        .plugin(new Lottery(), new Lottery.Config(0, 0, 0, null))
        .plugin(new Status(), (Void) null)
        .plugin(new Greeter(), new Greeter.Config(null, null))
        .promptTimeout(Duration.ofMillis(200));
  }

  /** Message limits high enough for messages of {@code length} characters of any shape. */
  static AppBuilder limits(AppBuilder b, int length) {
    return b.message(new MessageConfig(length, length, 256, length, length));
  }
}
