package dev.mochi.api.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The API never reaches into the engine: no class of dev.mochi.api refers to dev.mochi.core. */
class ApiBoundaryTest {

  @Test void apiClassesReferToNothingInCore() throws IOException, URISyntaxException {
    Path classes = Path.of(dev.mochi.api.Plugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> offenders;
    try (Stream<Path> walk = Files.walk(classes)) {
      offenders = walk.filter(p -> p.toString().endsWith(".class"))
          .filter(p -> contains(p, "dev/mochi/core"))
          .toList();
    }
    assertThat(classes.resolve("dev/mochi/api/Plugin.class")).exists();
    assertThat(offenders).as("API classes that refer to dev.mochi.core").isEmpty();
  }

  private static boolean contains(Path classFile, String needle) {
    try {
      return new String(Files.readAllBytes(classFile), java.nio.charset.StandardCharsets.ISO_8859_1).contains(needle);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
