package dev.mochi.testkit;

import dev.mochi.api.MochiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Builds a real plugin jar, as a plugin's own build would: Java sources compiled against the test class path with
 * PF4J's {@code ExtensionAnnotationProcessor} (which writes {@code META-INF/extensions.idx}), classes copied from
 * the class path, resources, bundled libraries, and the PF4J descriptor in the manifest. Load it with
 * {@link MochiTest#pluginJar(PluginJar)}, which goes through the same PF4J path as the launcher.
 *
 * <pre>{@code
 * PluginJar hello = PluginJar.id("hello").version("1.0.0").source("demo.Hello", """
 *     package demo;
 *     @org.pf4j.Extension
 *     public final class Hello implements dev.mochi.api.Plugin<Void> {
 *       public void apply(dev.mochi.api.Context ctx, Void config) {
 *         ctx.command("hello").action((argv, session) -> "hi");
 *       }
 *     }""");
 * mochi.pluginJar(hello);
 * mochi.client("alice").send("hello").shouldReply("hi");
 * }</pre>
 */
public final class PluginJar {
  private static final String PROCESSOR = "org.pf4j.processor.ExtensionAnnotationProcessor";

  private final String id;
  private String version = "1.0.0";
  private String requires = "";
  private String description = "";
  private final List<String> dependencies = new ArrayList<>();
  private final Map<String, String> sources = new LinkedHashMap<>();
  private final List<Class<?>> classes = new ArrayList<>();
  private final Map<String, byte[]> resources = new LinkedHashMap<>();
  private final List<Path> bundles = new ArrayList<>();
  private final List<Path> compileClassPath = new ArrayList<>();

  private PluginJar(String id) { this.id = id; }

  /** A jar with plugin id {@code id} (the {@code Plugin-Id} of its descriptor), version 1.0.0. */
  public static PluginJar id(String id) { return new PluginJar(id); }

  /**
   * The jar a plugin project ships: every class and resource of the class-path root {@code pluginClass} was loaded
   * from (the module's {@code target/classes}, with the {@code META-INF/extensions.idx} its build wrote).
   */
  public static PluginJar of(String id, Class<?> pluginClass) { return id(id).bundle(locationOf(pluginClass)); }

  public String id() { return id; }

  public String version() { return version; }

  public PluginJar version(String version) {
    this.version = version;
    return this;
  }

  /** The Mochi versions it needs ({@code Plugin-Requires}, e.g. {@code >=0.1.0}). */
  public PluginJar requires(String range) {
    this.requires = range;
    return this;
  }

  public PluginJar description(String description) {
    this.description = description;
    return this;
  }

  /** A plugin it needs, any version. */
  public PluginJar dependsOn(String pluginId) { return dependsOn(pluginId, "*"); }

  /** A plugin it needs, in a version range ({@code >=1.0.0 & <2.0.0}). */
  public PluginJar dependsOn(String pluginId, String range) {
    dependencies.add("*".equals(range) ? pluginId : pluginId + "@" + range);
    return this;
  }

  /** A Java source file to compile into the jar, by fully qualified class name. */
  public PluginJar source(String className, String code) {
    sources.put(className, code);
    return this;
  }

  /** Compiled classes from the class path (with their nested classes); {@code @Extension} ones are indexed. */
  public PluginJar classes(Class<?>... types) {
    classes.addAll(List.of(types));
    return this;
  }

  public PluginJar resource(String path, String text) { return resource(path, text.getBytes(StandardCharsets.UTF_8)); }

  public PluginJar resource(String path, byte[] content) {
    resources.put(path, content.clone());
    return this;
  }

  /** Copies every class and resource of a library (a jar or a class directory) into this jar, as shading does. */
  public PluginJar bundle(Path jarOrDirectory) {
    bundles.add(jarOrDirectory);
    return this;
  }

  /**
   * Compiles the sources against these jars or directories too, without bundling them: the jar of a plugin this one
   * depends on ({@link #dependsOn}), whose classes PF4J lends it at run time.
   */
  public PluginJar compileAgainst(Path... jarsOrDirectories) {
    compileClassPath.addAll(List.of(jarsOrDirectories));
    return this;
  }

  /** The class-path root (jar or directory) that {@code type} was loaded from, e.g. to {@link #bundle} it. */
  public static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new MochiException("Cannot locate the class path root of " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  /** Writes the jar as {@code <id>-<version>.jar} into {@code directory} and returns its path. */
  public Path build(Path directory) {
    try {
      Files.createDirectories(directory);
      Map<String, byte[]> entries = new LinkedHashMap<>();
      for (Path bundle : bundles) JarEntries.read(bundle, entries);
      entries.remove("META-INF/MANIFEST.MF");
      Set<String> extensions = new LinkedHashSet<>(JarEntries.lines(entries.remove("META-INF/extensions.idx")));
      for (Class<?> type : classes) JarEntries.readClass(type, entries, extensions);
      entries.putAll(compile(extensions));
      entries.putAll(resources);
      if (!extensions.isEmpty()) {
        entries.put("META-INF/extensions.idx", (String.join("\n", extensions) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      Path jar = directory.resolve(id + "-" + version + ".jar");
      Path partial = directory.resolve("." + jar.getFileName() + ".part");
      try (OutputStream out = Files.newOutputStream(partial); JarOutputStream zip = new JarOutputStream(out, manifest())) {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          zip.putNextEntry(new JarEntry(e.getKey()));
          zip.write(e.getValue());
          zip.closeEntry();
        }
      }
      return Files.move(partial, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write plugin jar '" + id + "' into " + directory, e);
    }
  }

  private Manifest manifest() {
    Manifest m = new Manifest();
    Attributes a = m.getMainAttributes();
    a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    a.putValue("Plugin-Id", id);
    a.putValue("Plugin-Version", version);
    if (!requires.isEmpty()) a.putValue("Plugin-Requires", requires);
    if (!description.isEmpty()) a.putValue("Plugin-Description", description);
    if (!dependencies.isEmpty()) a.putValue("Plugin-Dependencies", String.join(", ", dependencies));
    return m;
  }

  private Map<String, byte[]> compile(Set<String> extensions) throws IOException {
    if (sources.isEmpty()) return Map.of();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) throw new MochiException("PluginJar needs a JDK (javax.tools found no compiler); run tests on a JDK, not a JRE");
    Path out = Files.createTempDirectory("mochi-pluginjar-");
    try {
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new Source(name, code)));
        List<String> options = List.of("--release", "21", "-parameters", "-classpath", classPath(), "-processor", PROCESSOR);
        boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
        if (!ok) throw new MochiException("Plugin jar '" + id + "' does not compile:\n" + describe(diagnostics));
      }
      Map<String, byte[]> entries = new LinkedHashMap<>();
      JarEntries.read(out, entries);
      extensions.addAll(JarEntries.lines(entries.remove("META-INF/extensions.idx")));
      return entries;
    } finally {
      JarEntries.deleteTree(out);
    }
  }

  /** The test JVM's class path (Surefire puts the real one into {@code java.class.path}), then {@link #compileAgainst}. */
  private String classPath() {
    List<String> entries = new ArrayList<>(compileClassPath.stream().map(Path::toString).toList());
    entries.add(System.getProperty("java.class.path"));
    return String.join(java.io.File.pathSeparator, entries);
  }

  private static String describe(DiagnosticCollector<JavaFileObject> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) continue;
      out.append(d.getSource() == null ? "" : d.getSource().getName()).append(':').append(d.getLineNumber())
          .append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
    }
    return out.toString();
  }

  /** A source file held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
      this.code = code;
    }

    @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) { return code; }
  }

  /** Reading class-path roots into jar entries. */
  static final class JarEntries {
    private JarEntries() {}

    static void read(Path root, Map<String, byte[]> into) throws IOException {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
            into.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
          }
        }
        return;
      }
      try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
        for (JarEntry e : java.util.Collections.list(jar.entries())) {
          if (e.isDirectory()) continue;
          try (InputStream in = jar.getInputStream(e)) {
            into.put(e.getName(), in.readAllBytes());
          }
        }
      }
    }

    static void readClass(Class<?> type, Map<String, byte[]> into, Set<String> extensions) throws IOException {
      Path root = locationOf(type);
      String base = type.getName().replace('.', '/');
      Map<String, byte[]> all = new LinkedHashMap<>();
      read(root, all);
      all.forEach((name, bytes) -> {
        if (name.equals(base + ".class") || (name.startsWith(base + "$") && name.endsWith(".class"))) into.put(name, bytes);
      });
      if (type.isAnnotationPresent(org.pf4j.Extension.class)) extensions.add(type.getName());
    }

    static List<String> lines(byte[] content) {
      if (content == null) return List.of();
      return new String(content, StandardCharsets.UTF_8).lines().map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static void deleteTree(Path root) throws IOException {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }
}
