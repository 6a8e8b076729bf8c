package dev.mochi.pluginpath;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.api.Plugin;
import dev.mochi.core.config.ConfigException;
import dev.mochi.core.config.ConfigLoader;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The docs followed literally, README.md and every page of docs/: the Java snippets of each page compile against the
 * API, the testkit and the loopback Discord (getting-started.md builds on README.md's plugin), and the test classes
 * among them that start their own bot pass; the YAML snippets, and
 * bot.yml, are configurations the loader accepts without a warning, with their plugin sections bound; every
 * {@code ./mochi} and {@code bench/run} command is one the script has, every {@code mvn -pl} names modules that exist,
 * every {@code -Dtest=} a test and every {@code java} main class a class. A block fenced {@code ```java fragment}
 * (or {@code yaml fragment}) is an excerpt and skipped.
 *
 * <p>A snippet is split into its top-level pieces: a type declaration becomes a source file of its own (so later
 * snippets can use it, as a reader would), fields and methods go into a class, and statements into a method of
 * that class, which has {@code ctx}, {@code session} and {@code mochi} in scope, as the prose around them has.
 */
class DocsSnippetsTest {
  private static final String IMPORTS = """
      import static org.assertj.core.api.Assertions.*;
      import dev.mochi.api.*;
      import dev.mochi.api.adapter.*;
      import dev.mochi.api.bot.*;
      import dev.mochi.api.command.*;
      import dev.mochi.api.console.*;
      import dev.mochi.api.data.*;
      import dev.mochi.api.message.*;
      import dev.mochi.api.plugin.*;
      import dev.mochi.api.resource.*;
      import dev.mochi.api.sandbox.*;
      import dev.mochi.api.status.*;
      import dev.mochi.discord.fake.*;
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

  /** Pages whose snippets use types another page's snippets declare, as a reader following them in order would. */
  private static final Map<String, List<String>> BUILDS_ON = Map.of("docs/getting-started.md", List.of("README.md"));
  /** The plugins whose sections the YAML snippets set, by section name (all are test dependencies of this module). */
  private static final Map<String, String> FIRST_PARTY_PLUGINS = Map.of(
      "console", "dev.mochi.console.ConsolePlugin",
      "discord", "dev.mochi.discord.DiscordAdapter",
      "lottery", "dev.mochi.plugin.lottery.Lottery",
      "sandbox", "dev.mochi.sandbox.SandboxAdapter");
  /**
   * Plugins the docs write as examples, by section name: the page whose snippets declare them, and the class (the
   * README's Greeter has the config record of the project {@code ./mochi new-plugin greeter} makes, too).
   */
  private static final Map<String, List<String>> EXAMPLE_PLUGINS = Map.of("greeter", List.of("README.md", "Greeter"));

  @TempDir Path out;

  /** Every page with Java snippets: README.md, then docs/ in name order. */
  static Stream<String> pagesWithJava() throws IOException {
    List<String> pages = pagesWith("java");
    assertThat(pages).as("pages with Java snippets").contains("README.md", "docs/plugins.md", "docs/data.md");
    return pages.stream();
  }

  /** Every page with YAML snippets, and the repository's own bot.yml. */
  static Stream<String> pagesWithYaml() throws IOException {
    List<String> pages = pagesWith("yaml");
    assertThat(pages).as("pages with YAML snippets").contains("docs/configuration.md", "docs/getting-started.md");
    pages.add("bot.yml");
    return pages.stream();
  }

  private static List<String> pagesWith(String language) throws IOException {
    List<String> pages = new ArrayList<>();
    for (Path doc : docs()) if (!blocks(doc, language).isEmpty()) pages.add(root().relativize(doc).toString().replace('\\', '/'));
    return pages;
  }

  @ParameterizedTest(name = "{0}") @MethodSource("pagesWithJava")
  void everyJavaSnippetOfThePageCompiles(String page) throws IOException {
    assertCompiles(page);
  }

  /**
   * Every YAML snippet is a bot.yml the bot starts with: the loader accepts it without a warning, and each plugin
   * section binds to that plugin's config record (the first-party plugins on this module's class path, and the
   * docs' own example plugins as their page's snippets compile).
   */
  @ParameterizedTest(name = "{0}") @MethodSource("pagesWithYaml")
  void everyYamlSnippetOfThePageIsAConfigurationTheBotAccepts(String page) throws Exception {
    List<Block> blocks = page.equals("bot.yml")
        ? List.of(new Block(1, Files.readString(root().resolve(page)), false))
        : blocks(root().resolve(page), "yaml");
    ConfigLoader loader = new ConfigLoader(name -> "set-in-the-environment");
    List<String> problems = new ArrayList<>();
    int checked = 0;
    // the docs' example plugins, compiled from their page into out
    try (URLClassLoader snippets = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      for (Block block : blocks) {
        if (block.fragment()) continue;
        checked++;
        String where = page + (page.equals("bot.yml") ? "" : ", the snippet at line " + block.line());
        ConfigLoader.Loaded loaded;
        try {
          loaded = loader.read(block.code(), where);
        } catch (ConfigException e) {
          problems.add(e.getMessage());
          continue;
        }
        for (String warning : loaded.warnings()) problems.add(where + ": warned: " + warning);
        ObjectNode sections = loaded.config().plugins().sections();
        for (Iterator<String> names = sections.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          Class<?> pluginClass;
          if (FIRST_PARTY_PLUGINS.containsKey(name)) {
            pluginClass = Class.forName(FIRST_PARTY_PLUGINS.get(name));
          } else if (EXAMPLE_PLUGINS.containsKey(name)) {
            List<String> example = EXAMPLE_PLUGINS.get(name);       // the page's snippets, compiled as a reader would
            assertCompiles(example.get(0));
            pluginClass = snippets.loadClass(example.get(1));
          } else {
            problems.add(where + ": plugins." + name + ": no such plugin");
            continue;
          }
          Plugin<?> plugin = (Plugin<?>) pluginClass.getConstructor().newInstance();
          assertThat(plugin.name()).isEqualTo(name);
          try {
            loader.bind((ObjectNode) sections.get(name), plugin.configType(), name);
          } catch (ConfigException e) {
            problems.add(where + ": " + e.getMessage());
          }
        }
      }
    }
    assertThat(checked).as("YAML snippets of %s that are not marked as fragments", page).isPositive();
    assertThat(problems).as("what the bot says about the YAML of %s", page).isEmpty();
  }

  /**
   * Every {@code ./mochi} and {@code bench/run} command in the docs is one the script's header lists, with options
   * that command takes (a command taking MAVEN ARGS or JMH ARGS takes any).
   */
  /** The pages whose snippets include a test class that runs as it stands. */
  static Stream<String> pagesWithTests() throws IOException {
    List<String> pages = new ArrayList<>();
    for (String page : pagesWith("java")) {
      for (Block block : blocks(root().resolve(page), "java")) {
        if (!block.fragment() && unitsOf(page, block).stream().anyMatch(Unit::standaloneTest)) {
          pages.add(page);
          break;
        }
      }
    }
    assertThat(pages).as("pages with tests").contains("README.md", "docs/plugins.md");
    return pages.stream();
  }

  /**
   * The tests a page shows pass, run as the reader runs them: the snippets' test classes that have their own bot
   * (a test continuing the prose's test class, with its {@code mochi}, only compiles).
   */
  @ParameterizedTest(name = "{0}") @MethodSource("pagesWithTests")
  void theTestsThePageShowsPass(String page) throws Exception {
    List<Unit> units = assertCompiles(page);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
      List<DiscoverySelector> classes = new ArrayList<>();
      for (Unit unit : units) if (unit.standaloneTest()) classes.add(DiscoverySelectors.selectClass(loader.loadClass(unit.name)));
      SummaryGeneratingListener summary = new SummaryGeneratingListener();
      ClassLoader previous = Thread.currentThread().getContextClassLoader();
      Thread.currentThread().setContextClassLoader(loader);
      try {
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(classes).build(), summary);
      } finally {
        Thread.currentThread().setContextClassLoader(previous);
      }
      List<String> failures = summary.getSummary().getFailures().stream()
          .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException()).toList();
      assertThat(summary.getSummary().getTestsStartedCount()).as("tests of %s run", page).isPositive();
      assertThat(failures).as("the tests %s shows", page).isEmpty();
    }
  }

  @Test void everyScriptCommandInTheDocsIsOneTheScriptHas() throws IOException {
    Map<String, Map<String, Usage>> scripts = Map.of("./mochi", usages("mochi", "./mochi"), "bench/run", usages("bench/run", "bench/run"));
    assertThat(scripts.get("./mochi")).containsKeys("", "chat", "test", "build", "install", "new-plugin");
    assertThat(scripts.get("bench/run")).containsKeys("", "jmh", "hostile");
    List<String> unknown = new ArrayList<>();
    int seen = 0;
    for (ShellLine shell : shellLinesOfTheDocs()) {
      String line = shell.line();
      Matcher m = Pattern.compile("(?:^|[\\s|;&(])(\\./mochi|bench/run)((?:\\s+[^|;&#]*)?)").matcher(line);
      while (m.find()) {
        seen++;
        Map<String, Usage> usages = scripts.get(m.group(1));
        String problem = check(usages, m.group(2).trim());
        if (problem != null) unknown.add(shell.page() + ": " + line.trim() + "  (" + problem + "; known: " + usages.keySet() + ")");
      }
    }
    assertThat(seen).as("./mochi and bench/run commands found in the docs").isGreaterThan(15);
    assertThat(unknown).as("commands the scripts do not have").isEmpty();
  }

  /** Every {@code -Dtest=} of the docs matches a test class, every {@code java … dev.mochi.X} names a class there is. */
  @Test void everyTestAndMainClassTheDocsRunExists() throws IOException {
    List<String> sources;
    try (Stream<Path> files = Files.walk(root())) {
      sources = files.map(f -> root().relativize(f).toString().replace('\\', '/'))
          .filter(f -> f.endsWith(".java") && f.contains("/src/") && !f.contains("/target")).toList();
    }
    List<String> missing = new ArrayList<>();
    int seen = 0;
    for (ShellLine shell : shellLinesOfTheDocs()) {
      String line = shell.line();
      Matcher test = Pattern.compile("-Dtest=(?:'([^']*)'|\"([^\"]*)\"|(\\S+))").matcher(line);
      while (test.find()) {
        String patterns = test.group(1) != null ? test.group(1) : test.group(2) != null ? test.group(2) : test.group(3);
        for (String pattern : patterns.split(",")) {
          seen++;
          String glob = pattern.replaceFirst("#.*", "");
          String regex = (glob.contains(".") ? "/src/test/java/" + glob.replace('.', '/') : "/" + glob)
              .replace("*", "[^/]*") + "\\.java";
          Pattern file = Pattern.compile(".*" + regex);
          if (sources.stream().noneMatch(f -> file.matcher(f).matches())) missing.add(shell.page() + ": test " + pattern);
        }
      }
      Matcher main = Pattern.compile("\\bjava\\b.*?\\s(dev\\.mochi\\.[\\w.]+)").matcher(line);
      if (main.find()) {
        seen++;
        String path = "/src/main/java/" + main.group(1).replace('.', '/') + ".java";
        if (sources.stream().noneMatch(f -> f.endsWith(path))) missing.add(shell.page() + ": class " + main.group(1));
      }
      Matcher jmh = Pattern.compile("bench/run jmh (\\w+)").matcher(line);
      if (jmh.find()) {
        seen++;
        String name = jmh.group(1);
        if (sources.stream().noneMatch(f -> f.startsWith("bench/src/main/java/") && f.contains("/jmh/") && f.contains(name))) {
          missing.add(shell.page() + ": benchmark " + name);
        }
      }
    }
    assertThat(seen).as("tests, classes and benchmarks the docs run").isGreaterThan(3);
    assertThat(missing).isEmpty();
  }

  @Test void everyMavenModuleTheDocsNameExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (ShellLine shell : shellLinesOfTheDocs()) {
      String line = shell.line();
      Matcher m = Pattern.compile("\\bmvn\\b.*?\\s-pl\\s+(\\S+)").matcher(line);
      if (!m.find()) continue;
      for (String module : m.group(1).split(",")) {
        String dir = module.replaceFirst("^!", "");
        if (!Files.isRegularFile(root().resolve(dir).resolve("pom.xml"))) missing.add(shell.page() + ": " + dir);
      }
    }
    assertThat(missing).isEmpty();
  }

  // ---------------------------------------------------------------- Java

  /** Compiles the page's snippets into {@code out}; returns the source files made of the page's own snippets. */
  private List<Unit> assertCompiles(String page) throws IOException {
    // what the prose around a snippet has in scope: the plugin's Context, the session, the test's bot
    List<JavaFileObject> units = new ArrayList<>(List.of(new Unit("SnippetScope", "the snippets' scope", IMPORTS
        + "abstract class SnippetScope { Context ctx; Session session; MochiTest mochi; }\n")));
    int compiled = 0;
    for (String before : BUILDS_ON.getOrDefault(page, List.of())) {
      for (Block block : blocks(root().resolve(before), "java")) if (!block.fragment()) units.addAll(unitsOf(before, block));
    }
    List<Unit> own = new ArrayList<>();
    for (Block block : blocks(root().resolve(page), "java")) {
      if (block.fragment()) continue;
      compiled++;
      own.addAll(unitsOf(page, block));
    }
    units.addAll(own);
    assertThat(compiled).as("Java snippets of %s that are not marked as fragments", page).isPositive();

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      // PF4J's processor writes META-INF/extensions.idx, as a plugin project's build does
      List<String> options = List.of("--release", "21", "-processor", "org.pf4j.processor.ExtensionAnnotationProcessor",
          "-classpath", System.getProperty("java.class.path"));
      boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
      StringBuilder errors = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.ERROR) continue;
        if (d.getSource() instanceof Unit unit) {
          String[] lines = unit.code.split("\n", -1);
          long n = d.getLineNumber();
          errors.append(unit.origin).append(": ").append(d.getMessage(Locale.ROOT)).append("\n    ")
              .append(n >= 1 && n <= lines.length ? lines[(int) n - 1].strip() : "").append('\n');
        } else {
          errors.append(d.getMessage(Locale.ROOT)).append('\n');
        }
      }
      assertThat(ok).as("the Java snippets of %s compile:\n%s", page, errors).isTrue();
    }
    return own;
  }

  /** One snippet as source files: its types on their own, its members and statements in a class of their own. */
  private static List<Unit> unitsOf(String page, Block block) {
    List<Unit> units = new ArrayList<>();
    StringBuilder members = new StringBuilder();
    StringBuilder statements = new StringBuilder();
    String origin = page + ", the snippet at line " + block.line();
    for (String piece : pieces(block.code())) {
      Matcher type = TYPE.matcher(piece);
      if (type.find()) units.add(new Unit(type.group(6), origin, IMPORTS + piece + "\n"));
      else if (MEMBER.matcher(piece).find()) members.append(piece).append('\n');
      else statements.append(piece).append('\n');
    }
    String name = "Snippet" + block.line() + page.replaceAll("\\W", "_");
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
    final String name;
    final String origin;
    final String code;

    Unit(String name, String origin, String code) {
      super(URI.create("string:///" + name + Kind.SOURCE.extension), Kind.SOURCE);
      this.name = name;
      this.origin = origin;
      this.code = code;
    }

    /** A test class that runs as it stands: it has tests, and its own bot or none (not the one of the prose). */
    boolean standaloneTest() {
      String own = code.substring(IMPORTS.length());
      return own.contains("@Test") && (own.contains("@RegisterExtension") || !Pattern.compile("\\bmochi\\.").matcher(own).find());
    }

    @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) { return code; }
  }

  // ---------------------------------------------------------------- shell

  /** What one command of a script takes: its {@code --options}, or anything when its usage says ARGS. */
  record Usage(Set<String> options, boolean anyArguments) {}

  /**
   * The commands of a script as its header says ({@code #   ./mochi chat [--user ID]   description}): the first word
   * once the [optional] parts are gone ("" when none), each with the options its usage lines show.
   */
  private static Map<String, Usage> usages(String script, String invoked) throws IOException {
    Path file = root().resolve(script);
    assertThat(Files.isExecutable(file)).as("%s is an executable file", script).isTrue();
    Map<String, Usage> usages = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.startsWith("#   " + invoked + " ") && !line.equals("#   " + invoked)) continue;
      String usage = line.substring(("#   " + invoked).length()).split("\\s{3,}", -1)[0]; // the description follows
      String rest = usage.replaceAll("\\[[^\\]]*]", " ").trim();
      String first = rest.isEmpty() ? "" : rest.split("\\s+")[0];
      String command = first.matches("[a-z][\\w-]*|--[\\w-]+") ? first : "";
      Set<String> options = new LinkedHashSet<>();
      Matcher option = Pattern.compile("--[\\w-]+").matcher(usage);
      while (option.find()) if (!option.group().equals(command)) options.add(option.group());
      Usage known = usages.get(command);
      if (known != null) options.addAll(known.options());
      usages.put(command, new Usage(options, usage.contains("ARGS") || known != null && known.anyArguments()));
    }
    return usages;
  }

  /** What is wrong with {@code SCRIPT ARGS}, or null: an unknown command or option. {@code --config FILE} comes first. */
  static String check(Map<String, Usage> usages, String args) {
    List<String> words = new ArrayList<>(List.of(args.isEmpty() ? new String[0] : args.split("\\s+")));
    String global = null;
    while (words.size() >= 2 && words.get(0).equals("--config")) {
      words = words.subList(2, words.size());
      global = "--config";
    }
    String command = words.isEmpty() || !usages.containsKey(words.get(0)) ? "" : words.get(0);
    if (command.isEmpty() && !words.isEmpty() && !words.get(0).matches("-.*|[<>0-9].*")) return "no command '" + words.get(0) + "'";
    if (global != null && !usages.getOrDefault("", new Usage(Set.of(), false)).options().contains(global)) return "no " + global;
    Usage usage = usages.get(command);
    if (usage == null) return "no command '" + command + "'";
    for (String word : command.isEmpty() ? words : words.subList(1, words.size())) {
      String option = word.replaceFirst("=.*", "");
      if (word.startsWith("--") && !usage.anyArguments() && !usage.options().contains(option)) {
        return "'" + command + "' takes no option " + option;
      }
    }
    return null;
  }

  /** A line of an {@code sh} block and the page it is on. */
  record ShellLine(String page, String line) {}

  /** The lines of every {@code sh} block of the docs, comments dropped, continued lines joined. */
  private static List<ShellLine> shellLinesOfTheDocs() throws IOException {
    List<ShellLine> lines = new ArrayList<>();
    for (Path doc : docs()) {
      for (String line : shellLines(doc)) lines.add(new ShellLine(root().relativize(doc).toString().replace('\\', '/'), line));
    }
    return lines;
  }

  private static List<String> shellLines(Path doc) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Block block : blocks(doc, "sh")) {
      for (String line : block.code().replace("\\\n", " ").split("\n")) {
        String code = line.replaceFirst("\\s+#.*$", "");
        if (!code.isBlank()) lines.add(code);
      }
    }
    return lines;
  }

  /** A fenced block: the line of its opening fence, its code, whether it is marked as a fragment. */
  record Block(int line, String code, boolean fragment) {}

  /**
   * The fenced blocks of a language in a markdown file (fences may be indented, as in a list). A block whose info
   * string is the language followed by {@code fragment} (```java fragment) is an excerpt, not compiled or parsed.
   */
  static List<Block> blocks(Path doc, String language) throws IOException {
    Pattern fence = Pattern.compile("```" + Pattern.quote(language) + "(\\s+fragment)?");
    List<Block> blocks = new ArrayList<>();
    StringBuilder block = null;
    String indent = "";
    int start = 0;
    boolean fragment = false;
    List<String> lines = Files.readAllLines(doc);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String stripped = line.strip();
      if (block == null) {
        Matcher opening = fence.matcher(stripped);
        if (opening.matches()) {
          block = new StringBuilder();
          indent = line.substring(0, line.indexOf('`'));
          start = i + 1;
          fragment = opening.group(1) != null;
        }
      } else if (stripped.equals("```")) {
        blocks.add(new Block(start, block.toString(), fragment));
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
