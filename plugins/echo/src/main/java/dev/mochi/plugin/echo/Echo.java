package dev.mochi.plugin.echo;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import org.pf4j.Extension;

/**
 * {@code echo <message:text>}: replies with the message as it was sent. The {@code text} type keeps the
 * message's markup, so mentions and images come back as they went in; {@code echo 1$(echo 0)2} replies
 * {@code 102}.
 */
@Extension
public final class Echo implements Plugin<Void> {

  @Override public void apply(Context ctx, Void config) {
    ctx.i18n().load(Echo.class);
    ctx.command("echo <message:text>", "Repeat a message")
        .authority(0)
        .example("echo Hello!")
        .action((argv, session) -> argv.arg(0, String.class));
  }

  @Override public String name() { return "echo"; }
}
