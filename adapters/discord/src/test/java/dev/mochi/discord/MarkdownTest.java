package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    Markdown.escape(text, out);
    return out.toString();
  }

  @Test void formattingCharactersAreEscaped() {
    assertThat(escape("*a* _b_ ~~c~~ `d` ||e|| \\f")).isEqualTo("\\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\`d\\` \\|\\|e\\|\\| \\\\f");
  }

  @Test void mentionSyntaxTypedAsTextStaysText() {
    assertThat(escape("<@123> <#456> <:e:789>")).isEqualTo("\\<@123> \\<#456> \\<:e:789>");
  }

  @Test void lineStartsAreEscapedOnlyAtTheStartOfALine() {
    assertThat(escape("# title\n> quote\n- item\n1. first\na - b > c # d")).isEqualTo(
        "\\# title\n\\> quote\n\\- item\n1\\. first\na - b > c # d");
  }

  @Test void urlsAreLeftAlone() {
    assertThat(escape("see https://example.org/a_b*c and _this_")).isEqualTo("see https://example.org/a_b*c and \\_this\\_");
  }
}
