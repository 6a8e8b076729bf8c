package dev.mochi.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class I18nServiceTest {
  private final I18nService i18n = new I18nService("en-US");

  @Test void positionalAndNamedPlaceholdersAreFilled() {
    i18n.define(null, "en-US", Map.of("greet", "Hello {0}, you have {1} coins.", "named", "Hi {name} ({0})"));
    assertThat(i18n.render("en-US", "greet", "Alice", 3)).isEqualTo("Hello Alice, you have 3 coins.");
    assertThat(i18n.render("en-US", "named", Map.of("name", "Bob"))).isEqualTo("Hi Bob ({name=Bob})");
  }

  @Test void unknownPlaceholdersStayAsWritten() {
    i18n.define(null, "en-US", Map.of("k", "{0} and {missing} and {7}"));
    assertThat(i18n.render("en-US", "k", "a")).isEqualTo("a and {missing} and {7}");
  }

  @Test void lookupFallsBackFromLocaleToLanguageToDefaultToEnglish() {
    i18n.define(null, "en-US", Map.of("a", "english a", "b", "english b", "c", "english c"));
    i18n.define(null, "zh", Map.of("b", "中文 b"));
    i18n.define(null, "zh-CN", Map.of("a", "简体 a"));
    assertThat(i18n.render("zh-CN", "a")).isEqualTo("简体 a");
    assertThat(i18n.render("zh-CN", "b")).isEqualTo("中文 b");
    assertThat(i18n.render("zh-CN", "c")).isEqualTo("english c");
    assertThat(i18n.render("zh_cn", "a")).isEqualTo("简体 a");
  }

  @Test void aMissingKeyRendersAsItself() {
    assertThat(i18n.render("en-US", "no.such.key")).isEqualTo("no.such.key");
    assertThat(i18n.has("en-US", "no.such.key")).isFalse();
  }

  @Test void builtInTextsExistInBothLocales() {
    assertThat(i18n.render("en-US", "internal.error")).isEqualTo("Something went wrong; the error has been logged.");
    assertThat(i18n.render("zh-CN", "internal.error")).isEqualTo("发生未知错误。");
  }

  @Test void aLaterDefinitionWinsAndDisposingItRestoresTheEarlierOne() {
    i18n.define(null, "en-US", Map.of("k", "first"));
    var later = i18n.define(null, "en-US", Map.of("k", "second"));
    assertThat(i18n.render("en-US", "k")).isEqualTo("second");
    later.dispose();
    assertThat(i18n.render("en-US", "k")).isEqualTo("first");
  }
}
