package dev.mochi.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevenshteinTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"help, heip, 1", "help, help, 0", "kitten, sitting, 3", "'', abc, 3", "abc, '', 3", "fooo, fool, 1",
      "flaw, lawn, 2"})
  void distanceCountsEdits(String a, String b, int distance) {
    assertThat(Levenshtein.distance(a, b)).isEqualTo(distance);
    assertThat(Levenshtein.distance(b, a)).isEqualTo(distance);
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({"help, heip, 0.75", "foo, fo, 0.6666666666666667", "foo, fool, 0.6666666666666667",
      "bool, fool, 0.75", "help, xyz, 0"})
  void similarityIsOneMinusDistanceOverTheExpectedLength(String expected, String actual, double similarity) {
    assertThat(Levenshtein.similarity(expected, actual)).isEqualTo(similarity);
  }
}
