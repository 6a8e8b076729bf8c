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
    ctx.command("content [...words]", "Show the message's text form").action((argv, s) -> dev.mochi.api.message.Message.text(s.content()));
    ctx.command("long", "A 5,000-character answer").action((argv, s) -> {
      StringBuilder out = new StringBuilder();
      for (int line = 0; out.length() < 5000; line++) out.append("line ").append(line).append(": ").append(LONG_LINE).append('\n');
      return dev.mochi.api.message.Message.text(out.toString().strip());
    });
    // "mirror ..." sends back the message's own elements (a quote, mentions, images) minus the word "mirror"
    ctx.middleware((s, next) -> {
      if (!s.content().contains("mirror")) return next.proceed();
      java.util.List<dev.mochi.api.message.Element> out = new java.util.ArrayList<>();
      for (dev.mochi.api.message.Element e : s.elements()) {
        out.add(e.isText() ? dev.mochi.api.message.Element.text(e.plainText().replace("mirror ", "")) : e);
      }
      return dev.mochi.api.message.Message.of(out);
    });
    ctx.command("ping-all", "Mention everyone on purpose").action((argv, s) ->
        dev.mochi.api.message.Message.of(dev.mochi.api.message.Element.of("at", java.util.Map.of("type", "all")), " meeting now"));
    ctx.command("plain-mention <id:string>", "Write a mention as plain text").action((argv, s) ->
        dev.mochi.api.message.Message.text("hi <@" + argv.arg(0, String.class) + ">"));
    ctx.command("data-image", "Send an image given as a data: URI").action((argv, s) ->
        dev.mochi.api.message.Element.image("data:image/png;base64,iVBORw0KGgo="));
    ctx.command("formatted", "Formatting through elements").action((argv, s) ->
        "<b>bold</b> and <code>x_y</code> <a href=\"https://example.org/a_b\">docs</a>");
    ctx.command("quoteme", "Reply quoting the message").action((argv, s) -> {
      s.reply("you said so");
      return null;
    });
  }
}
