package dev.mochi.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.message.Element;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TypesTest {
  private final TypeRegistry types = new TypeRegistry();

  private Object parse(String type, String source) {
    return types.resolve(type).parser().parse(source, null);
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("number", "1,000", 1000.0),
        Arguments.of("number", "1_000.5", 1000.5),
        Arguments.of("number", "-.5", -0.5),
        Arguments.of("number", "2e3", 2000.0),
        Arguments.of("integer", "-12", -12L),
        Arguments.of("integer", "3.0", 3L),
        Arguments.of("integer", "1,000,000", 1_000_000L),
        Arguments.of("posint", "7", 7L),
        Arguments.of("natural", "0", 0L),
        Arguments.of("boolean", "yes", true),
        Arguments.of("boolean", "off", false),
        Arguments.of("string", "a&amp;b", "a&amp;b"),
        Arguments.of("text", "<at id=\"1\"/> hi", "<at id=\"1\"/> hi"),
        Arguments.of("rawtext", "<at id=\"1\"/> a &amp; b", " a & b"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("valid")
  void builtInTypesParseTheirValues(String type, String source, Object expected) {
    assertThat(parse(type, source)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "number, abc, commands.invalid-number", "number, '', commands.invalid-number",
      "number, 1e999, commands.invalid-number", "number, 0x10, commands.invalid-number",
      "integer, 1.5, commands.invalid-integer", "integer, 99999999999999999999, commands.invalid-integer",
      "posint, 0, commands.invalid-posint", "posint, -1, commands.invalid-posint",
      "natural, -1, commands.invalid-natural", "boolean, maybe, commands.invalid-boolean",
      "date, tomorrowish, commands.invalid-date", "date, 25:99, commands.invalid-date",
      "user, bob, commands.invalid-user", "channel, general, commands.invalid-channel",
      "image, <at id=\"1\"/>, commands.invalid-image"})
  void invalidValuesNameTheirReason(String type, String source, String key) {
    assertThatThrownBy(() -> parse(type, source)).isInstanceOf(InvalidValue.class).hasMessage(key);
  }

  @Test
  void datesAcceptRelativeTimesDaysAndTimes() {
    ZoneId zone = ZoneId.systemDefault();
    Instant before = Instant.now();
    Instant relative = (Instant) parse("date", "1d2h");
    assertThat(Duration.between(before, relative)).isBetween(Duration.ofHours(26).minusSeconds(5), Duration.ofHours(26).plusSeconds(5));
    assertThat(parse("date", "2024-05-01")).isEqualTo(LocalDate.of(2024, 5, 1).atStartOfDay(zone).toInstant());
    assertThat(parse("date", "2024-05-01T18:30:00Z")).isEqualTo(Instant.parse("2024-05-01T18:30:00Z"));
    assertThat(parse("date", "8:05")).isEqualTo(LocalDate.now(zone).atTime(8, 5).atZone(zone).toInstant());
  }

  @Test
  void imagesAreElements() {
    assertThat(parse("image", "<img src=\"a.png\"/>")).isEqualTo(Element.image("a.png"));
  }

  @Test
  void usersAndChannelsKeepAnExplicitPlatform() {
    assertThat(parse("user", "@discord:42")).isEqualTo("discord:42");
    assertThat(parse("channel", "#discord:7")).isEqualTo("discord:7");
  }

  @Test
  void numericTypesAreMarkedSoNegativeNumbersAreValues() {
    assertThat(types.resolve("number").numeric()).isTrue();
    assertThat(types.resolve("string").numeric()).isFalse();
    assertThat(BuiltinTypes.isNumeric("-3")).isTrue();
    assertThat(BuiltinTypes.isNumeric("-x")).isFalse();
  }

  @Test
  void unknownTypesParseAsStrings() {
    assertThat(parse("no-such-type", "x y")).isEqualTo("x y");
  }
}
