package dev.mochi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.command.ArgumentDescription;
import dev.mochi.api.command.CommandCatalog;
import dev.mochi.api.command.CommandDescription;
import dev.mochi.api.command.OptionDescription;
import dev.mochi.api.message.Message;
import dev.mochi.testkit.MochiTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15, item 7: in zh-CN, help shows Chinese descriptions for the first-party commands and their options, and
 * every first-party command, option and argument is described in both locales (the locale files' Koishi keys).
 */
class LocalizedDescriptionsTest {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  @RegisterExtension final MochiTest mochi = EveryPlugin.bot().configure(b -> b.locale("zh-CN"));

  private List<CommandDescription> firstParty(String locale) {
    List<CommandDescription> all = mochi.app().root().get(CommandCatalog.class).orElseThrow().list(locale);
    assertThat(all).extracting(CommandDescription::name)
        .contains("help", "echo", "authorize", "assign", "inspect", "daily", "lottery", "bag", "status", "greet");
    return all;
  }

  @Test void everyFirstPartyCommandOptionAndArgumentIsDescribedInChinese() {
    for (CommandDescription c : firstParty("zh-CN")) {
      assertThat(c.description()).as("description of %s", c.name()).containsPattern(HAN);
      for (OptionDescription o : c.options()) {
        assertThat(o.description()).as("option %s of %s", o.name(), c.name()).containsPattern(HAN);
      }
      for (ArgumentDescription a : c.arguments()) {
        assertThat(a.description()).as("argument %s of %s", a.name(), c.name()).containsPattern(HAN);
      }
    }
  }

  @Test void everyFirstPartyCommandOptionAndArgumentIsDescribedInEnglish() {
    for (CommandDescription c : firstParty("en-US")) {
      assertThat(c.description()).as("description of %s", c.name()).isNotBlank().doesNotContainPattern(HAN);
      for (OptionDescription o : c.options()) {
        assertThat(o.description()).as("option %s of %s", o.name(), c.name()).isNotBlank().doesNotContainPattern(HAN);
      }
      for (ArgumentDescription a : c.arguments()) {
        assertThat(a.description()).as("argument %s of %s", a.name(), c.name()).isNotBlank().doesNotContainPattern(HAN);
      }
    }
  }

  @Test void helpInChineseListsChineseDescriptions() {
    mochi.client("alice").send("help").shouldReply(r -> assertThat(Message.parse(r).plainText())
        .startsWith("当前可用的指令有：")
        .contains("    echo  重复一条消息", "    help  显示帮助信息", "    lottery  花费金币抽取随机奖品",
            "    greet  向某人问好", "    status  运行时间、内存和每分钟消息数")
        .doesNotContain("Repeat a message", "Show help"));
  }

  @Test void helpForOneCommandInChineseShowsItsOptionsAndArgumentsInChinese() {
    mochi.client("alice").send("help help").shouldReply(r -> assertThat(Message.parse(r).plainText()).isEqualTo("""
        指令：help [...command:string]
        显示帮助信息
        参数：
            command  要查看的指令；省略时列出所有指令
        可用的选项有：
            -H, --show-hidden  显示隐藏的选项和指令
        使用示例：
            help
            help echo"""));
  }
}
