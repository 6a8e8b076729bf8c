package dev.mochi.pluginpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs followed literally: every Java snippet of docs/plugins.md (and of README.md with getting-started.md,
 * which build on each other) compiles against the API and the testkit, and every {@code ./mochi} command in
 * README.md and docs/ is one the launcher has, every {@code mvn -pl} names modules that exist.
 *
 * <p>A snippet is split into its top-level pieces: a type declaration becomes a source file of its own (so later
 * snippets can use it, as a reader would), fields and methods go into a class, and statements into a method of
 * that class, which has {@code ctx}, {@code session} and {@code mochi} in scope, as the prose around them has.
 */
class DocsSnippetsTest {
  private static final String IMPORTS = """
      import static org.assertj.core.api.Assertions.*;
      import dev.mochi.api.*;
      import dev.mochi.api.command.*;
      import dev.mochi.api.data.*;
      import dev.mochi.api.message.*;
      import dev.mochi.testkit.*;
      import java.time.*;
      import java.util.*;
      import org.junit.jupiter.api.*;
      import org.junit.jupiter.api.extension.RegisterExtension;
      import org.pf4j.Extension;
      """;
  private static final Pattern TYPE = Pattern.compile(
      "^(@\\w+(\\([^)]*\\))?\\s+)*((public|final|abstract|sealed|static)\\s+)*(class|interface|record|enum)\\s+(\\w+)");
  private static final Pattern MEMBER = Pattern.compile(
      "^(@\\w+|(public|private|protected|static|final)\\s|[\\w<>\\[\\],.? ]+\\s+\\w+\\s*\\([^)]*\\)\\s*(throws [\\w., ]+)?\\s*\\{)");

  @TempDir Path out;

  @Test void everyJavaSnippetOfThePluginsPageCompiles() throws IOException {
    assertCompiles(List.of("docs/plugins.md"));
  }

  @Test void theReadmeAndGettingStartedSnippetsCompile() throws IOException {
    assertCompiles(List.of("README.md", "docs/getting-started.md"));
  }

  @Test void everyMochiCommandInTheDocsIsOneTheLauncherHas() throws IOException {
    Set<String> known = launcherCommands();
    assertThat(known).contains("", "chat", "test", "build", "install", "new-plugin");
    List<String> unknown = new ArrayList<>();
    int seen = 0;
    for (Path doc : docs()) {
      for (String line : shellLines(doc)) {
        Matcher m = Pattern.compile("(?:^|[\\s|;&(])\\./mochi((?:\\s+[^|;&#]*)?)").matcher(line);
        while (m.find()) {
          seen++;
          String command = commandOf(m.group(1).trim());
          if (!known.contains(command)) unknown.add(root().relativize(doc) + ": " + line.trim() + "  ('" + command + "')");
        }
      }
    }
    assertThat(seen).as("./mochi commands found in the docs").isGreaterThan(10);
    assertThat(unknown).as("commands ./mochi does not have (known: %s)", known).isEmpty();
  }

  @Test void everyMavenModuleTheDocsNameExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path doc : docs()) {
      for (String line : shellLines(doc)) {
        Matcher m = Pattern.compile("\\bmvn\\b.*?\\s-pl\\s+(\\S+)").matcher(line);
        if (!m.find()) continue;
        for (String module : m.group(1).split(",")) {
          String dir = module.replaceFirst("^!", "");
          if (!Files.isRegularFile(root().resolve(dir).resolve("pom.xml"))) missing.add(root().relativize(doc) + ": " + dir);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  // ---------------------------------------------------------------- Java

  private void assertCompiles(List<String> pages) throws IOException {
    // what the prose around a snippet has in scope: the plugin's Context, the session, the test's bot
    List<JavaFileObject> units = new ArrayList<>(List.of(new Unit("SnippetScope", "the snippets' scope", IMPORTS
        + "abstract class SnippetScope { Context ctx; Session session; MochiTest mochi; }\n")));
    int snippets = 0;
    for (String page : pages) {
      for (String snippet : blocks(root().resolve(page), "java")) {
        snippets++;
        units.addAll(unitsOf(page, snippets, snippet));
      }
    }
    assertThat(snippets).as("Java snippets in %s", pages).isPositive();

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      List<String> options = List.of("--release", "21", "-proc:none", "-classpath", System.getProperty("java.class.path"));
      boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
      StringBuilder errors = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.ERROR) continue;
        errors.append(d.getSource() == null ? "" : ((Unit) d.getSource()).origin).append(" line ").append(d.getLineNumber())
            .append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
        if (d.getSource() != null) errors.append(((Unit) d.getSource()).code).append('\n');
      }
      assertThat(ok).as("the snippets of %s compile:\n%s", pages, errors).isTrue();
    }
  }

  /** One snippet as source files: its types on their own, its members and statements in a class of their own. */
  private static List<JavaFileObject> unitsOf(String page, int number, String snippet) {
    List<JavaFileObject> units = new ArrayList<>();
    StringBuilder members = new StringBuilder();
    StringBuilder statements = new StringBuilder();
    String origin = page + " snippet " + number;
    for (String piece : pieces(snippet)) {
      Matcher type = TYPE.matcher(piece);
      if (type.find()) units.add(new Unit(type.group(6), origin, IMPORTS + piece + "\n"));
      else if (MEMBER.matcher(piece).find()) members.append(piece).append('\n');
      else statements.append(piece).append('\n');
    }
    String name = "Snippet" + number + page.replaceAll("\\W", "_");
    units.add(new Unit(name, origin, IMPORTS + "class " + name + " extends SnippetScope {\n" + members
        + "  void statements() throws Exception {\n" + statements + "  }\n}\n"));
    return units;
  }

  /** The top-level pieces of a snippet: each ends with a ';' or a '}' outside any bracket. Comments are dropped. */
  static List<String> pieces(String snippet) {
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < snippet.length(); i++) {
      char c = snippet.charAt(i);
      if (quote != 0) {
        current.append(c);
        if (c == '\\' && i + 1 < snippet.length()) current.append(snippet.charAt(++i));
        else if (c == quote) quote = 0;
        continue;
      }
      if (c == '/' && i + 1 < snippet.length() && snippet.charAt(i + 1) == '/') {
        while (i < snippet.length() && snippet.charAt(i) != '\n') i++;
        current.append('\n');
        continue;
      }
      current.append(c);
      switch (c) {
        case '"', '\'' -> quote = c;
        case '(', '{', '[' -> depth++;
        case ')', ']' -> depth--;
        case '}' -> depth--;
        default -> { }
      }
      if (depth == 0 && (c == ';' || c == '}')) {
        if (!current.toString().isBlank()) pieces.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) pieces.add(current.toString().strip());
    return pieces;
  }

  /** A source file in memory, with the page and snippet it came from. */
  private static final class Unit extends SimpleJavaFileObject {
    final String origin;
    final String code;

    Unit(String name, String origin, String code) {
      super(URI.create("string:///" + name + Kind.SOURCE.extension), Kind.SOURCE);
      this.origin = origin;
      this.code = code;
    }

    @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) { return code; }
  }

  // ---------------------------------------------------------------- shell

  /** Commands of ./mochi as its header says: the first word after "./mochi" once the [optional] parts are gone. */
  private static Set<String> launcherCommands() throws IOException {
    Set<String> known = new LinkedHashSet<>();
    for (String line : Files.readAllLines(root().resolve("mochi"))) {
      if (!line.startsWith("#   ./mochi")) continue;
      String usage = line.substring("#   ./mochi".length()).split("\\s{3,}", -1)[0]; // the description follows
      String rest = usage.replaceAll("\\[[^\\]]*]", " ").trim();
      String first = rest.isEmpty() ? "" : rest.split("\\s+")[0];
      known.add(first.matches("[a-z][\\w-]*|--[\\w-]+") ? first : "");
    }
    return known;
  }

  /** The command word of {@code ./mochi ARGS}: after {@code --config FILE}; "" when none (redirections aside). */
  static String commandOf(String args) {
    List<String> words = new ArrayList<>(List.of(args.isEmpty() ? new String[0] : args.split("\\s+")));
    while (words.size() >= 2 && words.get(0).equals("--config")) words = words.subList(2, words.size());
    if (words.isEmpty() || words.get(0).matches("[<>0-9].*|&&|\\|\\|?")) return "";
    return words.get(0);
  }

  private static List<String> shellLines(Path doc) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String block : blocks(doc, "sh")) {
      for (String line : block.split("\n")) {
        String code = line.replaceFirst("\\s+#.*$", "");
        if (!code.isBlank()) lines.add(code);
      }
    }
    return lines;
  }

  /** The fenced blocks of a language in a markdown file (fences may be indented, as in a list). */
  static List<String> blocks(Path doc, String language) throws IOException {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    String indent = "";
    for (String line : Files.readAllLines(doc)) {
      String stripped = line.strip();
      if (block == null) {
        if (stripped.equals("```" + language)) {
          block = new StringBuilder();
          indent = line.substring(0, line.indexOf('`'));
        }
      } else if (stripped.equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else {
        block.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
      }
    }
    return blocks;
  }

  private static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(root().resolve("README.md")));
    try (Stream<Path> files = Files.list(root().resolve("docs"))) {
      files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  private static Path root() {
    return Path.of(System.getProperty("mochi.root", "../..")).toAbsolutePath().normalize();
  }
}
