package dev.mochi.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of("a b  c", List.of("a", "b", "c")),
        Arguments.of("  leading and trailing  ", List.of("leading", "and", "trailing")),
        Arguments.of("\"foo bar\" baz", List.of("foo bar", "baz")),
        Arguments.of("'foo bar' baz", List.of("foo bar", "baz")),
        Arguments.of("“foo bar” ‘baz qux’", List.of("foo bar", "baz qux")),
        Arguments.of("\"foo bar \"baz", List.of("\"foo bar \"baz")),
        Arguments.of("foo\" bar\" baz", List.of("foo\"", "bar\"", "baz")),
        Arguments.of("\"unclosed quote runs on", List.of("\"unclosed quote runs on")),
        Arguments.of("a\\ b c", List.of("a b", "c")),
        Arguments.of("\\\"quoted\\\"", List.of("\"quoted\"")),
        Arguments.of("\"say \\\"hi\\\"\" now", List.of("say \"hi\"", "now")),
        Arguments.of("'no \\escapes'", List.of("no \\escapes")),
        Arguments.of("trailing\\", List.of("trailing\\")),
        Arguments.of("<at id=\"1\" name=\"A B\"/> hi", List.of("<at id=\"1\" name=\"A B\"/>", "hi")),
        Arguments.of("<b>two words</b> after", List.of("<b>two words</b>", "after")),
        Arguments.of("x<img src=\"a b.png\"/>y z", List.of("x<img src=\"a b.png\"/>y", "z")),
        Arguments.of("1 < 2", List.of("1", "<", "2")),
        Arguments.of("", List.of()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lines")
  void splitsWordsByKoishisRulesPlusEscapes(String line, List<String> words) {
    assertThat(Tokenizer.tokenize(line).tokens()).extracting(Token::content).containsExactlyElementsOf(words);
  }

  @Test
  void quotedWordsAreMarkedQuotedAndNeverDashed() {
    List<Token> tokens = Tokenizer.tokenize("\"-x\" -y -").tokens();
    assertThat(tokens).extracting(Token::quoted).containsExactly(true, false, false);
    assertThat(tokens).extracting(Token::dashed).containsExactly(false, true, false);
  }

  @Test
  void interpolationsAreFoundOutsideSingleQuotes() {
    Line line = Tokenizer.tokenize("echo 1$(echo 0)2 '$(echo 3)'");
    assertThat(line.tokens().get(1).inters()).singleElement()
        .satisfies(i -> assertThat(i.line()).isEqualTo("echo 0"))
        .satisfies(i -> assertThat(i.at()).isEqualTo(1));
    assertThat(line.tokens().get(2).content()).isEqualTo("$(echo 3)");
    assertThat(line.tokens().get(2).inters()).isEmpty();
  }

  @Test
  void interpolatedOutputGoesIntoTheWordAndTheSource() {
    Line line = Tokenizer.tokenize("echo 1$(echo 0)2 \"a $(x) b\" tail")
        .interpolate(inner -> inner.equals("echo 0") ? "0" : "X Y");
    assertThat(line.tokens()).extracting(Token::content).containsExactly("echo", "102", "a X Y b", "tail");
    assertThat(line.restFrom(1)).isEqualTo("102 \"a X Y b\" tail");
  }

  @Test
  void nestedInterpolationsAreKeptForTheInnerRun() {
    Line line = Tokenizer.tokenize("a $(b $(c) d)e");
    assertThat(line.tokens().get(1).inters()).singleElement()
        .satisfies(i -> assertThat(i.line()).isEqualTo("b $(c) d"));
  }

  @Test
  void anUnclosedInterpolationIsLiteralText() {
    assertThat(Tokenizer.tokenize("a $(b c").tokens()).extracting(Token::content).containsExactly("a", "$(b", "c");
  }

  @Test
  void everyDollarParenAfterAnUnclosedOneIsLiteralToo() {
    Line line = Tokenizer.tokenize("a $(b $(c) d");
    assertThat(line.tokens()).extracting(Token::content).containsExactly("a", "$(b", "$(c)", "d");
    assertThat(line.hasInterpolations()).isFalse();
    Line before = Tokenizer.tokenize("$(x) $(y");
    assertThat(before.tokens().get(0).inters()).singleElement().satisfies(i -> assertThat(i.line()).isEqualTo("x"));
    assertThat(before.tokens().get(1).content()).isEqualTo("$(y");
  }

  @Test
  void theLineCountsItsInterpolationsAndTheirDepth() {
    Line line = Tokenizer.tokenize("a $(b $(c) $(d $(e))) $(f) '$(g)' \"h $(i)\"");
    assertThat(line.interpolations()).isEqualTo(6);
    assertThat(line.interpolationDepth()).isEqualTo(3);
    Line unclosedQuote = Tokenizer.tokenize("a \"$(b) c");
    assertThat(unclosedQuote.tokens()).extracting(Token::content).containsExactly("a", "\"$(b) c");
    assertThat(unclosedQuote.interpolations()).as("an unclosed quote's word is literal").isZero();
  }

  @Test
  void fortyThousandNestedDollarParensNeitherRecurseNorRescan() {
    String line = "echo $(".repeat(40_000) + ")".repeat(40_000);
    Line closed = Tokenizer.tokenize(line);
    assertThat(closed.interpolationDepth()).isEqualTo(40_000);
    assertThat(closed.interpolations()).isEqualTo(40_000);
    Line unclosed = Tokenizer.tokenize("echo $(".repeat(40_000));
    assertThat(unclosed.interpolations()).isZero();
    assertThat(unclosed.tokens()).hasSize(40_001);
  }

  @Test
  void elementsOfTheCanonicalFormAreOneWordEvenWithDollarParensAndQuotesInside() {
    Line line = Tokenizer.tokenize("<a title=\"x $(y) 'z\"/> <b>one \"two</b> three");
    assertThat(line.tokens()).extracting(Token::content)
        .containsExactly("<a title=\"x $(y) 'z\"/>", "<b>one \"two</b>", "three");
    assertThat(line.hasInterpolations()).isFalse();
  }

  @Test
  void theRestOfTheLineKeepsItsQuotesAndSpacing() {
    Line line = Tokenizer.tokenize("cmd a  \"b  c\"  ");
    assertThat(line.restFrom(1)).isEqualTo("a  \"b  c\"");
    assertThat(line.restAfter(1)).isEqualTo("\"b  c\"");
  }
}
