package dev.mochi.testkit.interaction;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.message.Element;
import java.util.Collections;
import java.util.List;

/** Commands of every shape an interaction has to reach, declared through the API only. */
public final class Tools implements Plugin<Void> {
  @Override public String name() { return "tools"; }

  @Override public void apply(Context ctx, Void config) {
    ctx.command("echo <message:text>").action((argv, s) -> argv.arg(0, String.class));
    ctx.command("add <a:integer> <b:integer>").action((argv, s) -> argv.arg(0, Long.class) + argv.arg(1, Long.class));
    ctx.command("repeat <word:string> [times:posint]")
        .option("separator", "-s, --separator <sep:string>", o -> o.fallback(" "))
        .action((argv, s) -> String.join(argv.option("separator", String.class),
            Collections.nCopies(argv.arg(1, Integer.class, 1), argv.arg(0, String.class))));
    ctx.command("vault").authority(3).action((argv, s) -> "opened");
    ctx.command("peek").option("verbose", "-v, --verbose", o -> o.authority(2))
        .action((argv, s) -> argv.option("verbose", Boolean.class) ? "everything" : "a little");
    ctx.command("who <u:user>").action((argv, s) -> "user " + argv.arg(0, String.class));
    ctx.command("pic <i:image>").action((argv, s) -> List.of("got ", argv.arg(0, Element.class)));
    ctx.command("post <text:text>")
        .option("writer", "-w <id:integer>")
        .option("writer", "-W, --anonymous", o -> o.value(0L))
        .action((argv, s) -> argv.arg(0, String.class) + " by " + argv.option("writer", Long.class, -1L));
    ctx.command("strict").checkUnknown(true).action((argv, s) -> "fine");
    ctx.command("shout [...words]").option("loud", "-l")
        .action((argv, s) -> {
          String joined = String.join(" ", argv.args().stream().map(String::valueOf).toList());
          return argv.option("loud", Boolean.class) ? joined.toUpperCase() : joined;
        });
  }
}
