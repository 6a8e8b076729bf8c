package dev.mochi.api.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public and protected type and member of the API has a Javadoc comment (STYLE: JDA documents its API lines).
 * Compiles {@code src/main/java} with the compiler's doclint and fails on each "no comment" and "no main description".
 */
class ApiJavadocTest {
  @TempDir Path out;

  @Test void everyPublicMemberOfTheApiHasAComment() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<File> sources;
    try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      List<String> options = List.of("-Xdoclint:missing/protected", "-Xmaxwarns", "100000", "-proc:none",
          "-d", out.toString(), "-cp", System.getProperty("java.class.path"));
      javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources)).call();
    }
    List<String> missing = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .filter(d -> d.getMessage(Locale.ROOT).contains("no comment") || d.getMessage(Locale.ROOT).contains("no main description"))
        .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .toList();
    assertThat(missing).as("public API without a Javadoc comment (add one saying what it does, its nulls/Optionals "
        + "and what it throws)").isEmpty();
  }
}
