package dev.mochi.testkit.commands;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.Fork;
import dev.mochi.api.PluginException;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TypesTest {
  private static final Named PLUGIN = new Named("types", ctx -> {
    ctx.command("who <u:user>").action((argv, s) -> "user " + argv.arg(0));
    ctx.command("where <c:channel>").action((argv, s) -> "channel " + argv.arg(0));
    ctx.command("pic <i:image>").action((argv, s) -> "image " + argv.arg(0));
    ctx.command("when <d:date>").action((argv, s) -> "date " + argv.arg(0));
    ctx.command("count <n:integer>").action((argv, s) -> "count " + argv.arg(0, Integer.class));
  });

  @RegisterExtension final MochiTest mochi = MochiTest.withPlugin(PLUGIN);

  @Test void usersAreMentionsOrAtIds() {
    MockClient alice = mochi.client("alice");
    alice.send("who @bob").shouldReply("user mock:bob");
    alice.send("who @discord:42").shouldReply("user discord:42");
    alice.send("who <at id=\"carol\"/>").shouldReply("user mock:carol");
    alice.send("who carol").shouldReply("Invalid argument u: expected a user, such as @id or a mention.");
  }

  @Test void channelsImagesDatesAndNumbers() {
    MockClient alice = mochi.client("alice");
    alice.send("where #general").shouldReply("channel mock:general");
    alice.send("pic <img src=\"cat.png\"/>").shouldReply("image <img src=\"cat.png\"/>");
    alice.send("when 2024-05-01T10:00:00Z").shouldReply("date 2024-05-01T10:00:00Z");
    alice.send("count 1,000").shouldReply("count 1000");
  }

  @Test void pluginsAddTypesThatGoAwayWithThem() {
    Fork colors = mochi.app().root().plugin(new Named("colors", ctx -> {
      ctx.commands().domain("color", (source, session) -> switch (source) {
        case "red", "green", "blue" -> source.toUpperCase();
        default -> throw new IllegalArgumentException("try red, green or blue.");
      });
      ctx.command("paint <c:color>").action((argv, s) -> "painted " + argv.arg(0));
    }));
    MockClient alice = mochi.client("alice");
    alice.send("paint red").shouldReply("painted RED");
    alice.send("paint pink").shouldReply("Invalid argument c: try red, green or blue.");
    assertThatThrownBy(() -> mochi.app().root().plugin(new Named("paints",
        ctx -> ctx.commands().domain("color", (s, x) -> s))))
        .isInstanceOf(PluginException.class).hasMessageContaining("paints").hasMessageContaining("colors");
    colors.dispose();
    mochi.app().root().plugin(new Named("paints", ctx -> ctx.commands().domain("color", (s, x) -> s)));
  }
}
