package dev.mochi.discord;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import java.util.Collections;
import java.util.Map;

/** Commands of every shape a slash command has to reach, declared through the API only, with Chinese texts. */
final class SlashTools implements Plugin<Void> {
  @Override public String name() { return "slash-tools"; }

  @Override public void apply(Context ctx, Void config) {
    ctx.i18n().define("zh-CN", Map.of(
        "commands.repeat.description", "重复一个词",
        "commands.repeat.arguments.word", "要重复的词",
        "commands.repeat.options.separator", "分隔符"));
    ctx.command("echo <message:text>", "Repeat a message").action((argv, s) -> argv.arg(0, String.class));
    ctx.command("add <a:integer> <b:integer>", "Add two integers")
        .action((argv, s) -> argv.arg(0, Long.class) + argv.arg(1, Long.class));
    ctx.command("scale <x:number> [factor:natural]", "Multiply a number")
        .action((argv, s) -> argv.arg(0, Double.class) * argv.arg(1, Integer.class, 2));
    ctx.command("repeat <word:string> [times:posint]", "Repeat a word")
        .option("separator", "-s, --separator <sep:string> what goes between", o -> o.fallback(" "))
        .action((argv, s) -> String.join(argv.option("separator", String.class),
            Collections.nCopies(argv.arg(1, Integer.class, 1), argv.arg(0, String.class))));
    ctx.command("vault.open", "Open the vault").authority(3).action((argv, s) -> "opened");
    ctx.command("peek", "Look inside").option("verbose", "-v, --verbose tell everything", o -> o.authority(2))
        .action((argv, s) -> argv.option("verbose", Boolean.class) ? "everything" : "a little");
    ctx.command("who <u:user>", "Name a user").action((argv, s) -> "user " + argv.arg(0, String.class));
    ctx.command("post <text:text>", "Post a text")
        .option("writer", "-w <id:integer> who wrote it")
        .option("writer", "-W, --anonymous", o -> o.value(0L).description("nobody wrote it"))
        .action((argv, s) -> argv.arg(0, String.class) + " by " + argv.option("writer", Long.class, -1L));
    ctx.command("shout [...words]", "Shout words").option("loud", "-l, --loud in capitals")
        .action((argv, s) -> {
          String joined = String.join(" ", argv.args().stream().map(String::valueOf).toList());
          return argv.option("loud", Boolean.class) ? joined.toUpperCase() : joined;
        });
    ctx.command("whoami", "Where and who").userFields("authority").action((argv, s) ->
        "user=" + s.userId() + " channel=" + s.channelId() + " guild=" + s.guildId().orElse("-")
            + " direct=" + s.isDirect() + " authority=" + s.user().authority());
    ctx.command("slow", "Take four seconds").action((argv, s) -> {
      Thread.sleep(4_000);
      return "finally";
    });
    ctx.command("twice", "Answer twice").action((argv, s) -> {
      s.send("first");
      return "second";
    });
    ctx.command("quiet", "Answer nothing").action((argv, s) -> null);
    ctx.command("long", "A 5,000-character answer").action((argv, s) -> "word ".repeat(1000).strip());
    ctx.command("debug", "Internals").hidden(true).action((argv, s) -> "debug");
  }
}
