package dev.mochi.api.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The elements adapters map to and from their platforms survive the text form unchanged. */
class ElementsTest {

  static Stream<Element> platformElements() {
    return Stream.of(
        Element.at("123"),
        Element.at("123", "Ann \"the\" <admin> & co"),
        Element.atAll(),
        Element.sharp("456", "general & more"),
        Element.quote("789"),
        Element.image("https://cdn.test/a.png?w=1&h=2"),
        Element.file("https://cdn.test/report.pdf?sig=a&b", "report <final>.pdf"),
        Element.audio("https://cdn.test/a.ogg"),
        Element.video("https://cdn.test/a.mp4"),
        Element.face("11223344", "party_parrot"));
  }

  @ParameterizedTest
  @MethodSource("platformElements")
  void anElementAmongTextRoundTripsThroughItsTextForm(Element element) {
    Message m = Message.of(Element.text("before <b> & "), element, Element.text(" after"));
    Message back = Message.parse(m.toString());
    assertThat(back).isEqualTo(m);
    assertThat(back.toString()).isEqualTo(m.toString());
  }

  @Test void selectFindsElementsOfATypeAtAnyDepth() {
    Message m = Message.parse("<quote id=\"1\"/><at id=\"a\"/> hi <b><at id=\"b\"/></b> <sharp id=\"c\"/>");
    assertThat(m.select(Element.AT)).extracting(e -> e.attr("id").orElseThrow()).containsExactly("a", "b");
    assertThat(m.select(Element.QUOTE)).hasSize(1);
    assertThat(m.select(Element.FACE)).isEmpty();
  }

  @Test void namedMentionsKeepTheirIdFirst() {
    assertThat(Element.at("1", "Ann").toString()).isEqualTo("<at id=\"1\" name=\"Ann\"/>");
    assertThat(Element.face("9", "wave").toString()).isEqualTo("<face id=\"9\" name=\"wave\"/>");
  }
}
