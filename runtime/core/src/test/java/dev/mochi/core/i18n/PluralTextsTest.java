package dev.mochi.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Texts with plural forms are ICU MessageFormat, formatted by the plural rules of the text's language. */
class PluralTextsTest {
  private static final String COINS = "You have {0, plural, one {# coin} other {# coins}}.";

  @Test void englishHasOneAndOther() {
    assertThat(Templates.format("en-US", COINS, 1)).isEqualTo("You have 1 coin.");
    assertThat(Templates.format("en-US", COINS, 0)).isEqualTo("You have 0 coins.");
    assertThat(Templates.format("en-US", COINS, 2)).isEqualTo("You have 2 coins.");
    assertThat(Templates.format("en-US", COINS, 1200)).isEqualTo("You have 1,200 coins.");
  }

  @Test void chineseHasOneFormAndExactMatchesStillWin() {
    String zh = "{0, plural, =0 {背包已满} other {还能放 # 件}}";
    assertThat(Templates.format("zh-CN", zh, 1)).isEqualTo("还能放 1 件");
    assertThat(Templates.format("zh-CN", zh, 0)).isEqualTo("背包已满");
  }

  @Test void namedArgumentsAndAnApostropheWork() {
    String text = "{name} has {count, plural, one {# session} other {# sessions}}; today's count.";
    assertThat(Templates.format("en-US", text, Map.of("name", "alice", "count", 1))).isEqualTo("alice has 1 session; today's count.");
  }

  @Test void plainTextsKeepThePlainPlaceholdersAndBraces() {
    assertThat(Templates.format("en-US", "Hello {0}, {unknown} stays", "bob")).isEqualTo("Hello bob, {unknown} stays");
  }

  @Test void theServiceFormatsInTheLocaleTheTextCameFrom() {
    I18nService i18n = new I18nService("en-US");
    assertThat(i18n.render("en-US", "log.close.still-running", 1, 30)).isEqualTo("1 session still running after 30 seconds; disposing plugins anyway");
    assertThat(i18n.render("zh-CN", "log.close.still-running", 1, 30)).isEqualTo("1 个会话在 30 秒后仍在运行；照常卸载插件");
  }
}
