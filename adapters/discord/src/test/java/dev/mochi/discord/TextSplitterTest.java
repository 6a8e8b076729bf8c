package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.message.TextSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {

  @Test void shortTextIsOnePiece() {
    assertThat(TextSplitter.split("hello", 2000)).containsExactly("hello");
    assertThat(TextSplitter.split("", 2000)).isEmpty();
  }

  @Test void textIsCutAtTheLastLineBreakWithinTheLimit() {
    assertThat(TextSplitter.split("aaaa\nbbbb cc\ndd", 10)).containsExactly("aaaa", "bbbb cc\ndd");
    assertThat(TextSplitter.split("aa\nbb cc\ndd ee", 9)).containsExactly("aa\nbb cc", "dd ee");
  }

  @Test void withoutALineBreakTextIsCutAtTheLastSpace() {
    assertThat(TextSplitter.split("one two three four", 9)).containsExactly("one two", "three", "four");
  }

  @Test void oneLongWordIsCutAtTheLimit() {
    assertThat(TextSplitter.split("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
  }

  @Test void aSurrogatePairIsNeverSplit() {
    List<String> pieces = TextSplitter.split("abc\uD83D\uDE00def", 4);
    assertThat(pieces).containsExactly("abc", "\uD83D\uDE00de", "f");
  }

  @Test void anEscapeStaysWithWhatItEscapes() {
    assertThat(TextSplitter.split("abc\\*def", 4)).containsExactly("abc", "\\*de", "f");
  }

  @Test void aMentionIsNeverSplit() {
    List<String> pieces = TextSplitter.split("xxxxxx<@123456>yy", 10);
    assertThat(pieces).containsExactly("xxxxxx", "<@123456>y", "y");
  }

  @Test void nothingIsLostButTheSeparatorsAtTheCuts() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 500; i++) text.append("word").append(i).append(i % 7 == 0 ? '\n' : ' ');
    String original = text.toString().strip();
    List<String> pieces = TextSplitter.split(original, 200);
    assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(200));
    assertThat(String.join(" ", pieces).replace('\n', ' ')).isEqualTo(original.replace('\n', ' '));
  }
}
