package dev.mochi.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 100,000 random lines, built from the characters the grammar cares about, go through the tokenizer,
 * interpolation and the parser of a command with every kind of argument and option. Nothing may throw, and
 * every word must lie inside its line.
 */
class ParserFuzzTest {
  private static final String ALPHABET = "ab1-_=,.:#$()<>/\\\"'“”‘’ \t\n…中文😀";
  private static final String[] PIECES = {"--", "-ab", "--no-alpha", "$(", ")", "<at id=\"1\"/>", "<b>", "</b>",
      "-- ", "\\ ", "\" ", " \"", "-e=", "1,000", "#", "<img src=\"x\"/>", "-h"};

  @Test
  void noRandomLineMakesTheParserThrow() {
    Random random = new Random(20240501L);
    ParserFixture fixture = ArgvParserTest.cmd2().option("sharp", "# <id>").option("rest", "-r <rest:text>");
    ParserFixture variadic = new ParserFixture("v <a:integer> [...b:number]").option("when", "-w <t:date>")
        .option("mode", "-m <m>", o -> o.type("enum:x|y"));
    for (int n = 0; n < 100_000; n++) {
      String line = randomLine(random);
      try {
        Line tokens = Tokenizer.tokenize(line);
        for (Token t : tokens.tokens()) {
          assertThat(t.start()).isBetween(0, t.end());
          assertThat(t.end()).isLessThanOrEqualTo(line.length());
        }
        Line interpolated = tokens.interpolate(inner -> "<" + inner.length() + ">");
        fixture.parse(line);
        new ArgvParser(Declarations.arguments("<a:integer> [...b:number]"), variadic.options, variadic.types, null)
            .parse(interpolated, 0, List.of(), Map.of());
        for (int i = 0; i <= tokens.tokens().size(); i++) tokens.restFrom(i);
      } catch (RuntimeException | AssertionError e) {
        fail("line #" + n + " " + escape(line) + " failed", e);
      }
    }
  }

  private static String randomLine(Random random) {
    StringBuilder out = new StringBuilder();
    int parts = random.nextInt(24);
    for (int i = 0; i < parts; i++) {
      if (random.nextInt(4) == 0) {
        out.append(PIECES[random.nextInt(PIECES.length)]);
      } else {
        int at = random.nextInt(ALPHABET.length());
        out.append(ALPHABET.charAt(at));
      }
    }
    return out.toString();
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : Character.toString(c)));
    return out.append('"').toString();
  }
}
