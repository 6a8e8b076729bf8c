package dev.mochi.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.command.CommandException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArgvParserTest {

  /** Koishi's own fixture: {@code cmd2 <foo> [bar:text]} with five options. */
  static ParserFixture cmd2() {
    return new ParserFixture("cmd2 <foo> [bar:text]")
        .option("alpha", "-a")
        .option("beta", "-b <beta:number>")
        .option("gamma", "-c <gamma>", o -> o.fallback(0))
        .option("delta", "-d <delta:string>")
        .option("epsilon", "-e <epsilon:posint>", o -> o.fallback(1));
  }

  static Stream<Arguments> options() {
    return Stream.of(
        Arguments.of("--alpha", Map.of("alpha", true)),
        Arguments.of("--no-alpha", Map.of("alpha", false)),
        Arguments.of("--no-beta", Map.of("beta", false)),
        Arguments.of("--beta 1", Map.of("beta", 1.0)),
        Arguments.of("--beta \"1\"", Map.of("beta", 1.0)),
        Arguments.of("--beta -1", Map.of("beta", -1.0)),
        Arguments.of("--beta 1,000", Map.of("beta", 1000.0)),
        Arguments.of("--beta=2_500", Map.of("beta", 2500.0)),
        Arguments.of("--gamma 1", Map.of("gamma", 1L)),
        Arguments.of("--gamma -1", Map.of("gamma", -1L)),
        Arguments.of("--gamma", Map.of("gamma", 0L)),
        Arguments.of("--delta 1", Map.of("delta", "1")),
        Arguments.of("--delta -1", Map.of("delta", "-1")),
        Arguments.of("--delta", Map.of("delta", "")),
        Arguments.of("-ab 1", Map.of("alpha", true, "beta", 1.0)),
        Arguments.of("-ab=1", Map.of("alpha", true, "beta", 1.0)),
        Arguments.of("-ab -1", Map.of("alpha", true, "beta", -1.0)),
        Arguments.of("-ab=-1", Map.of("alpha", true, "beta", -1.0)),
        Arguments.of("", Map.of("gamma", 0L, "epsilon", 1L)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("options")
  void optionsAreParsedByKoishisRules(String words, Map<String, Object> expected) {
    Parsed parsed = cmd2().parse(words);
    assertThat(parsed.error()).isNull();
    assertThat(parsed.options()).containsAllEntriesOf(expected);
  }

  static Stream<Arguments> invalidOptions() {
    return Stream.of(
        Arguments.of("--gamma a", "gamma", "commands.invalid-integer"),
        Arguments.of("--epsilon awee", "epsilon", "commands.invalid-posint"),
        Arguments.of("--epsilon 1.2", "epsilon", "commands.invalid-posint"),
        Arguments.of("--epsilon 0", "epsilon", "commands.invalid-posint"),
        Arguments.of("--beta", "beta", "commands.invalid-number"),
        Arguments.of("--alpha=maybe", "alpha", "commands.invalid-boolean"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidOptions")
  void invalidOptionValuesAreReportedWithTheirReason(String words, String option, String reason) {
    Parsed.Error error = cmd2().parse(words).error();
    assertThat(error).isNotNull();
    assertThat(error.option()).isTrue();
    assertThat(error.name()).isEqualTo(option);
    assertThat(error.reasonKey()).isEqualTo(reason);
  }

  static Stream<Arguments> arguments() {
    return Stream.of(
        Arguments.of("", List.of()),
        Arguments.of("a", List.of("a")),
        Arguments.of("a b", List.of("a", "b")),
        Arguments.of("a b c", List.of("a", "b c")),
        Arguments.of("-a b c", List.of("b", "c")),
        Arguments.of("a b -c", List.of("a", "b -c")),
        Arguments.of("--alpha 1", List.of("1")),
        Arguments.of("a \"b  c\" d", List.of("a", "\"b  c\" d")),
        Arguments.of("a -- -b c", List.of("a", "-b c")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("arguments")
  void argumentsAreParsedAndTextIsGreedy(String words, List<Object> expected) {
    Parsed parsed = cmd2().parse(words);
    assertThat(parsed.error()).isNull();
    assertThat(parsed.args()).containsExactlyElementsOf(expected);
  }

  @Test
  void anOptionBeforeTextStopsTheGreedyArgument() {
    Parsed parsed = cmd2().parse("a -b c");
    assertThat(parsed.args()).containsExactly("a");
    assertThat(parsed.error().name()).isEqualTo("beta");
  }

  @Test
  void variadicNumbersTakeNegativeNumbersAsValues() {
    Parsed parsed = new ParserFixture("test3 [...args:number]").parse("1 2 -3");
    assertThat(parsed.args()).containsExactly(1.0, 2.0, -3.0);
  }

  @Test
  void doubleDashEndsOptionsAndKeepsTheRest() {
    Parsed parsed = new ParserFixture("cmd [...words]").option("alpha", "-a").parse("x -- -a \"y z\"");
    assertThat(parsed.args()).containsExactly("x", "-a", "y z");
    assertThat(parsed.options()).doesNotContainKey("alpha");
    assertThat(parsed.rest()).isEqualTo("-a \"y z\"");
  }

  @Test
  void valueVariantsSetTheirFixedValue() {
    ParserFixture test2 = new ParserFixture("test2 <msg>")
        .option("writer", "-w <id:number>")
        .option("writer", "-W, --anonymous", o -> o.value(0));
    assertThat(test2.parse("foo -w 1 bar").options()).containsEntry("writer", 1.0);
    assertThat(test2.parse("foo -w 1 bar").args()).containsExactly("foo", "bar");
    assertThat(test2.parse("foo -W bar").options()).as("one declared type, one Java type").containsEntry("writer", 0.0);
    assertThat(test2.parse("foo --anonymous bar").args()).containsExactly("foo", "bar");
  }

  @Test
  void aVariantDeclaredBeforeItsOptionStillGetsTheOptionsType() {
    ParserFixture cmd = new ParserFixture("cmd")
        .option("level", "-L, --loud", o -> o.value("3"))
        .option("level", "-l <n:posint>", o -> o.fallback("1"));
    assertThat(cmd.parse("-L").options()).containsEntry("level", 3L);
    assertThat(cmd.parse("").options()).containsEntry("level", 1L);
  }

  @Test
  void aVariantOrFallbackThatIsNotOfTheOptionsTypeIsRefusedAtDeclaration() {
    ParserFixture cmd = new ParserFixture("cmd").option("n", "-n <n:integer>");
    assertThatThrownBy(() -> cmd.option("n", "-N", o -> o.value(0.5)))
        .isInstanceOf(CommandException.class).hasMessageContaining("option 'n'").hasMessageContaining("'integer'");
    assertThatThrownBy(() -> new ParserFixture("cmd2").option("p", "-p <p:posint>", o -> o.fallback(0)))
        .isInstanceOf(CommandException.class).hasMessageContaining("its fallback (0)");
  }

  @ParameterizedTest(name = "num {0}")
  @ValueSource(strings = {"---", "-=", "--=", "-=1", "--=2"})
  void wordsOfDashesAndEqualsAreParsedByTheArgumentsType(String word) {
    Parsed number = new ParserFixture("num <n:number>").parse(word);
    assertThat(number.args()).isEmpty();
    assertThat(number.error()).isNotNull().satisfies(e -> {
      assertThat(e.name()).isEqualTo("n");
      assertThat(e.reasonKey()).isEqualTo("commands.invalid-number");
    });
    assertThat(new ParserFixture("say <w:string>").parse(word).args()).containsExactly(word);
  }

  @Test
  void aNegatingVariantWinsOverTheAutomaticNegation() {
    ParserFixture cmd = new ParserFixture("cmd")
        .option("alpha", "-A, --no-alpha", o -> o.value(false))
        .option("gamma", "-C", o -> o.value(1));
    assertThat(cmd.parse("-A").options()).containsEntry("alpha", false);
    assertThat(cmd.parse("--no-alpha").options()).containsEntry("alpha", false);
    assertThat(cmd.parse("-C").options()).containsEntry("gamma", 1);
    assertThat(cmd.parse("--alpha").unknown()).containsExactly("alpha");
    assertThat(cmd.parse("--alpha").options()).containsEntry("alpha", true);
  }

  @Test
  void symbolicOptionsTakeTheNextWord() {
    ParserFixture cmd3 = new ParserFixture("cmd3").option("sharp", "# <id>");
    Parsed parsed = cmd3.parse("# 1");
    assertThat(parsed.args()).isEmpty();
    assertThat(parsed.options()).containsEntry("sharp", "1");
    assertThat(cmd3.parse("\"#\" 1").args()).containsExactly("#", "1");
  }

  @Test
  void aGreedyOptionTakesTheRestOfTheLine() {
    Parsed parsed = new ParserFixture("cmd [a] [b]").option("rest", "-r <rest:text>").parse("a -r c  d");
    assertThat(parsed.args()).containsExactly("a");
    assertThat(parsed.options()).containsEntry("rest", "c  d");
  }

  @Test
  void unknownFlagsAreKeptWithoutSwallowingTheNextWord() {
    Parsed parsed = new ParserFixture("cmd [...words]").parse("a --loud b --level=3");
    assertThat(parsed.args()).containsExactly("a", "b");
    assertThat(parsed.options()).containsEntry("loud", true).containsEntry("level", "3");
    assertThat(parsed.unknown()).containsExactly("loud", "level");
  }

  @Test
  void helpFlagsAreRecognizedUnlessTheCommandDeclaresThem() {
    assertThat(cmd2().parse("-h").help()).isTrue();
    assertThat(cmd2().parse("x --help").help()).isTrue();
    assertThat(cmd2().parse("-h").unknown()).isEmpty();
    ParserFixture own = new ParserFixture("cmd").option("height", "-h <h:number>");
    assertThat(own.parse("-h 2").help()).isFalse();
    assertThat(own.parse("-h 2").options()).containsEntry("height", 2.0);
  }

  @Test
  void theHighestOptionAuthorityUsedIsReported() {
    ParserFixture cmd = new ParserFixture("cmd").option("force", "-f", o -> o.authority(3)).option("x", "-x");
    assertThat(cmd.parse("-x").authority()).isZero();
    assertThat(cmd.parse("-xf").authority()).isEqualTo(3);
    assertThat(cmd.parse("--no-force").authority()).isEqualTo(3);
  }

  @Test
  void aFlagUsedByAnotherOptionIsRefused() {
    ParserFixture cmd = new ParserFixture("cmd").option("alpha", "-a");
    assertThatThrownBy(() -> cmd.option("apple", "-a, --apple"))
        .isInstanceOf(CommandException.class)
        .hasMessageContaining("'-a'").hasMessageContaining("alpha").hasMessageContaining("apple");
    assertThatThrownBy(() -> new ParserFixture("cmd3").option("sharp", "# <id>").option("flat", "#"))
        .isInstanceOf(CommandException.class);
  }

  @Test
  void customTypesMayBeRegexesOrEnums() {
    ParserFixture cmd = new ParserFixture("cmd <code:regex:^[A-Z]{3}$>")
        .option("mode", "-m <mode>", o -> o.type("enum:fast|slow"));
    assertThat(cmd.parse("ABC -m fast").args()).containsExactly("ABC");
    assertThat(cmd.parse("ABC -m fast").options()).containsEntry("mode", "fast");
    assertThat(cmd.parse("abcd").error().name()).isEqualTo("code");
    Parsed.Error bad = cmd.parse("ABC -m medium").error();
    assertThat(bad.reasonKey()).isEqualTo("commands.invalid-choice");
    assertThat(bad.reasonArgs()).containsExactly("fast, slow");
  }

  @Test
  void anInvalidRegexTypeIsRefusedAtDeclaration() {
    assertThatThrownBy(() -> new ParserFixture("cmd").option("x", "-x <x>", o -> o.type("regex:[")))
        .isInstanceOf(CommandException.class).hasMessageContaining("regular expression");
  }
}
