package dev.mochi.api.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MessageTest {

  @Test void mentionsTextAndImagesParseIntoElements() {
    Message m = Message.parse("<at id=\"1\"/> hi <img src=\"a.png\"/>");
    assertThat(m.elements()).extracting(Element::type).containsExactly("at", "text", "img");
    assertThat(m.elements().get(0).attr("id")).contains("1");
    assertThat(m.elements().get(1).plainText()).isEqualTo(" hi ");
    assertThat(m.elements().get(2).attr("src")).contains("a.png");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<at id=\"1\"/> hi <img src=\"a.png\"/>",
      "plain text only",
      "a &lt;b&gt; &amp; c",
      "<quote id=\"9\"/>re: <at id=\"2\"/>",
      "<custom-tag foo=\"bar\" flag/>kept",
      "<b>bold <i>nested</i></b> tail",
      "<img src=\"x?a=1&amp;b=&quot;2&quot;\"/>",
      ""})
  void theTextFormRoundTripsLosslessly(String text) {
    Message parsed = Message.parse(text);
    assertThat(parsed.toString()).isEqualTo(text);
    assertThat(Message.parse(parsed.toString())).isEqualTo(parsed);
  }

  @Test void entitiesAreDecodedInTextAndAttributes() {
    Message m = Message.parse("&lt;tag&gt; &amp; &quot;q&quot; <a title=\"x &quot;y&quot; &lt;z&gt;\"/>");
    assertThat(m.elements().get(0).plainText()).isEqualTo("<tag> & \"q\" ");
    assertThat(m.elements().get(1).attr("title")).contains("x \"y\" <z>");
  }

  @Test void unknownTagsAreKeptWithTheirAttributesAndChildren() {
    Message m = Message.parse("<poll question=\"lunch?\"><option>pizza</option></poll>");
    Element poll = m.elements().get(0);
    assertThat(poll.type()).isEqualTo("poll");
    assertThat(poll.attrs()).isEqualTo(Map.of("question", "lunch?"));
    assertThat(poll.children().get(0).type()).isEqualTo("option");
    assertThat(poll.plainText()).isEqualTo("pizza");
  }

  @Test void malformedMarkupStaysText() {
    assertThat(Message.parse("a < b and </nope> c").plainText()).isEqualTo("a < b and </nope> c");
    assertThat(Message.parse("a < b and </nope> c").elements()).singleElement().satisfies(e -> assertThat(e.isText()).isTrue());
  }

  @Test void anOpeningTagThatIsNeverClosedIsText() {
    assertThat(Message.parse("todo done <n>.").elements()).containsExactly(Element.text("todo done <n>."));
    assertThat(Message.parse("todo done <n>.").toString()).isEqualTo("todo done &lt;n&gt;.");
    assertThat(Message.parse("<b>unclosed <i>x</i>").elements())
        .containsExactly(Element.text("<b>unclosed "), Element.of("i", Map.of(), List.of(Element.text("x"))));
  }

  @Test void aClosingTagClosesItsOwnOpeningTagAndLeavesTheUnclosedOnesInsideAsText() {
    Message m = Message.parse("<a>1<b>2<c>3</a>4");
    assertThat(m.elements()).containsExactly(
        Element.of("a", Map.of(), List.of(Element.text("1<b>2<c>3"))), Element.text("4"));
  }

  @Test void aQuotedAttributeValueMayNotContainALessThanSign() {
    assertThat(Message.parse("<a title=\"x<y\"/>").elements()).containsExactly(Element.text("<a title=\"x<y\"/>"));
    assertThat(Message.parse("<a title=\"x>y\"/>").elements().get(0).attr("title")).contains("x>y");
  }

  @Test void tagsNestedDeeperThan256StayText() {
    String deep = "<b>".repeat(300) + "x" + "</b>".repeat(300);
    Message m = Message.parse(deep);
    assertThat(m.elements()).extracting(Element::isText).containsExactly(true, false, true);
    int depth = 0;
    for (Element e = m.elements().get(1); !e.isText(); e = e.children().get(0)) depth++;
    assertThat(depth).isEqualTo(256);
    assertThat(m.plainText()).isEqualTo("<b>".repeat(44) + "x" + "</b>".repeat(44));
    assertThat(Message.parse(m.toString())).isEqualTo(m);
  }

  @Test void strictLimitsRefuseTooManyOrTooDeeplyNestedElements() {
    MarkupLimits limits = new MarkupLimits(3, 2);
    assertThat(Message.parse("<a/><b/><c/>", limits).elements()).hasSize(3);
    assertThatThrownBy(() -> Message.parse("<a/><b/><c/><d/>", limits))
        .isInstanceOfSatisfying(MarkupLimitException.class, e -> {
          assertThat(e.limit()).isEqualTo(MarkupLimitException.Limit.ELEMENTS);
          assertThat(e.max()).isEqualTo(3);
        });
    assertThat(Message.parse("<a><b>x</b></a>", limits).elements()).hasSize(1);
    assertThatThrownBy(() -> Message.parse("<a><b><c>x</c></b></a>", limits))
        .isInstanceOfSatisfying(MarkupLimitException.class, e -> assertThat(e.limit()).isEqualTo(MarkupLimitException.Limit.DEPTH));
    assertThat(Message.parse("<p>".repeat(50), limits).elements()).as("unclosed tags are text and count for nothing").hasSize(1);
  }

  @Test void plainTextIsEscapedWhenPrinted() {
    assertThat(Message.text("1 < 2 & 3").toString()).isEqualTo("1 &lt; 2 &amp; 3");
    assertThat(Message.parse(Message.text("<at id=\"1\"/>").toString()).plainText()).isEqualTo("<at id=\"1\"/>");
  }

  @Test void ofFlattensElementsMessagesAndMarkup() {
    Message m = Message.of(Element.at("7"), " hi ", Message.text("x<y"), List.of(Element.image("p.png")), 42);
    assertThat(m.toString()).isEqualTo("<at id=\"7\"/> hi x&lt;y<img src=\"p.png\"/>42");
    assertThat(Message.of("").isEmpty()).isTrue();
  }

  @Test void randomTextNeverBreaksTheParserAndPrintsBackToAFixedPoint() {
    Random random = new Random(42);
    String alphabet = "<>/=\"'& abc&lt;;#x1F600at id";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      int len = random.nextInt(30);
      for (int j = 0; j < len; j++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      Message once = Message.parse(s.toString());
      Message twice = Message.parse(once.toString());
      assertThat(twice).as("parse(print(parse(%s)))", s).isEqualTo(once);
    }
  }
}
