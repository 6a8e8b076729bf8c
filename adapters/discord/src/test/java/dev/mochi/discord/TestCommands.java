package dev.mochi.discord;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;

/** The commands the acceptance tests talk to. */
final class TestCommands implements Plugin<Void> {
  static final String LONG_LINE = "0123456789 abcdefghij klmnopqrst uvwxyzABCD EFGHIJKLMN ";

  @Override public String name() { return "test-commands"; }

  @Override public void apply(Context ctx, Void config) {
    ctx.command("echo <message:text>", "Repeat a message").action((argv, s) -> argv.arg(0, String.class));
    ctx.command("where", "Tell where a message came from").action((argv, s) ->
        "user=" + s.userId() + " author=" + s.author() + " channel=" + s.channelId() + " guild=" + s.guildId().orElse("-")
            + " direct=" + s.isDirect() + " message=" + s.messageId() + " at=" + s.timestamp().toEpochMilli());
    ctx.command("content", "Show the message's text form").action((argv, s) -> dev.mochi.api.message.Message.text(s.content()));
    ctx.command("long", "A 5,000-character answer").action((argv, s) -> {
      StringBuilder out = new StringBuilder();
      for (int line = 0; out.length() < 5000; line++) out.append("line ").append(line).append(": ").append(LONG_LINE).append('\n');
      return dev.mochi.api.message.Message.text(out.toString().strip());
    });
    ctx.command("quoteme", "Reply quoting the message").action((argv, s) -> {
      s.reply("you said so");
      return null;
    });
  }
}
