package dev.mochi.plugin.inspect;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.Session;
import org.pf4j.Extension;

/** {@code inspect}: the ids of the message it is sent in — what an operator needs to write a selector or a config. */
@Extension
public final class Inspect implements Plugin<Void> {

  @Override public String name() { return "inspect"; }

  @Override public void apply(Context ctx, Void config) {
    ctx.i18n().load(Inspect.class);
    ctx.command("inspect", "Show the ids of this message, channel, guild, user and bot")
        .authority(0)
        .action((argv, session) -> describe(session));
  }

  static String describe(Session s) {
    String none = s.text("inspect.none");
    return String.join("\n",
        s.text("inspect.platform", s.platform()),
        s.text("inspect.message", s.messageId()),
        s.text("inspect.channel", s.channelId()),
        s.text("inspect.guild", s.guildId().orElse(none)),
        s.text("inspect.user", s.userId()),
        s.text("inspect.self", s.selfId()));
  }
}
