package dev.mochi.testkit.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.command.ArgumentDescription;
import dev.mochi.api.command.CommandCatalog;
import dev.mochi.api.command.CommandDescription;
import dev.mochi.api.command.OptionDescription;
import dev.mochi.testkit.MochiTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The command catalog service, read through {@code ctx.get(CommandCatalog.class)}, describes what plugins declared. */
class CommandCatalogTest {

  /** Commands of every shape, with Chinese texts for some of them in the Koishi convention. */
  static final class Sample implements Plugin<Void> {
    @Override public String name() { return "sample"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.i18n().define("zh-CN", Map.of(
          "commands.say.description", "重复一条消息",
          "commands.say.arguments.message", "要重复的文本",
          "commands.say.options.times", "重复次数",
          "commands.say.options.writer.0", "匿名发送"));
      ctx.command("say <message:text> [count:posint]", "Repeat a message").alias("repeat")
          .option("times", "-t, --times <n:posint> how many times", o -> o.fallback(1))
          .option("loud", "-l, --loud shout it")
          .option("writer", "-w <id:integer> who wrote it")
          .option("writer", "-W, --anonymous", o -> o.value(0L).description("send it anonymously"))
          .usage("say hello").example("say -t 2 hi")
          .action((argv, s) -> argv.arg(0, String.class));
      ctx.command("shout [...words]", "Shout words").action((argv, s) -> "!");
      ctx.command("vault.open", "Open the vault").authority(3).action((argv, s) -> "opened");
      ctx.command("debug", "Internals").hidden(true).action((argv, s) -> "debug");
    }
  }

  @RegisterExtension final MochiTest mochi = MochiTest.withPlugin(new Sample());

  private CommandCatalog catalog() {
    return mochi.app().root().get(CommandCatalog.class).orElseThrow();
  }

  @Test void aCommandIsDescribedExactlyAsDeclared() {
    CommandDescription say = catalog().find("say", "en-US").orElseThrow();
    assertThat(say).isEqualTo(new CommandDescription("say", "sample", "say <message:text> [count:posint]",
        List.of("repeat"), "Repeat a message", 1, false, Optional.empty(), List.of(),
        List.of(new ArgumentDescription("message", "text", true, false, ""),
            new ArgumentDescription("count", "posint", false, false, "")),
        List.of(
            new OptionDescription("times", List.of("t"), List.of("times"), "-t, --times <n:posint>", "posint",
                Optional.of(1L), Optional.empty(), "how many times", 0, false),
            new OptionDescription("loud", List.of("l"), List.of("loud"), "-l, --loud", "boolean",
                Optional.empty(), Optional.empty(), "shout it", 0, false),
            new OptionDescription("writer", List.of("w"), List.of("writer"), "-w, --writer <id:integer>", "integer",
                Optional.empty(), Optional.empty(), "who wrote it", 0, false),
            new OptionDescription("writer", List.of("W"), List.of("anonymous"), "-W, --anonymous", "boolean",
                Optional.empty(), Optional.of(0L), "send it anonymously", 0, false)),
        List.of("say hello"), List.of("say -t 2 hi")));
  }

  @Test void descriptionsComeFromTheLocaleFilesWhenTheyHaveThemAndAsDeclaredOtherwise() {
    CommandDescription say = catalog().find("say", "zh-CN").orElseThrow();
    assertThat(say.description()).isEqualTo("重复一条消息");
    assertThat(say.arguments()).extracting(ArgumentDescription::description).containsExactly("要重复的文本", "");
    assertThat(say.options()).extracting(OptionDescription::description)
        .containsExactly("重复次数", "shout it", "who wrote it", "匿名发送");
    assertThat(catalog().find("say", "en-US").orElseThrow().description()).isEqualTo("Repeat a message");
    assertThat(catalog().find("shout", "zh-CN").orElseThrow().description()).isEqualTo("Shout words");
  }

  @Test void theListHasEveryCommandSortedWithSubcommandsHiddenOnesAndVariadicArguments() {
    List<CommandDescription> all = catalog().list("en-US");
    assertThat(all).extracting(CommandDescription::name).containsExactly("debug", "say", "shout", "vault", "vault.open");
    CommandDescription open = all.get(4);
    assertThat(open.parent()).contains("vault");
    assertThat(open.authority()).isEqualTo(3);
    assertThat(all.get(3).children()).containsExactly("vault.open");
    assertThat(all.get(0).hidden()).isTrue();
    assertThat(all.get(2).arguments()).containsExactly(new ArgumentDescription("words", "string", false, true, ""));
  }

  @Test void aCommandIsFoundByAliasAndAnUnknownNameIsEmpty() {
    assertThat(catalog().find("repeat", "en-US")).map(CommandDescription::name).contains("say");
    assertThat(catalog().find("nosuch", "en-US")).isEmpty();
    assertThat(catalog().find("  ", "en-US")).isEmpty();
  }

  @Test void aDisposedCommandLeavesTheCatalog() {
    catalog().find("shout", "en-US").orElseThrow();
    mochi.app().root().commands().find("shout").orElseThrow().dispose();
    assertThat(catalog().find("shout", "en-US")).isEmpty();
    assertThat(catalog().list("en-US")).extracting(CommandDescription::name).doesNotContain("shout");
  }
}
