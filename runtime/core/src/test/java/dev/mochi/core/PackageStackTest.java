package dev.mochi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core packages form one ordered stack (docs/kernel.md, "The stack"): read from the compiled classes, no package
 * of {@code dev.mochi.core} depends, directly or through others, on a package that depends on it. And {@link App} is
 * only the place where the parts are built: no part refers to it. (Outside core, testkit's {@code MochiTest} starts an
 * app as the test launcher, and tools and benches build one; they are not parts.)
 */
class PackageStackTest {
  private static final String ROOT = "dev/mochi/core/";
  /** A class of core named anywhere in a descriptor or signature: {@code Ldev/mochi/core/scope/Scope;}. */
  private static final Pattern NAMED = Pattern.compile("L(dev/mochi/core/[\\w/$]+)[;<]");
  /** Class (internal name) to the core classes it refers to. */
  private static final Map<String, Set<String>> REFS = new TreeMap<>();

  @BeforeAll static void readClasses() throws IOException, URISyntaxException {
    Path classes = Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes.resolve(ROOT))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        ClassModel model = ClassFile.of().parse(Files.readAllBytes(file));
        Set<String> refs = new TreeSet<>();
        for (PoolEntry entry : model.constantPool()) {
          if (entry instanceof ClassEntry c) addCore(refs, c.asInternalName().replaceFirst("^\\[+L?|;$", ""));
          else if (entry instanceof Utf8Entry u) {
            Matcher m = NAMED.matcher(u.stringValue());
            while (m.find()) addCore(refs, m.group(1));
          }
        }
        String self = model.thisClass().asInternalName();
        refs.remove(self);
        REFS.put(self, refs);
      }
    }
    assertThat(REFS).as("compiled classes of core").hasSizeGreaterThan(100);
  }

  private static void addCore(Set<String> refs, String name) {
    if (name.startsWith(ROOT)) refs.add(name);
  }

  private static String packageOf(String internalName) {
    return internalName.substring(0, internalName.lastIndexOf('/')).replace('/', '.');
  }

  private static String outer(String internalName) {
    int dollar = internalName.indexOf('$');
    return (dollar < 0 ? internalName : internalName.substring(0, dollar)).substring(ROOT.length()).replace('/', '.');
  }

  @Test void thePackagesOfCoreFormNoCycle() {
    // package -> package it depends on -> the class references that make the edge
    Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
    REFS.forEach((from, targets) -> {
      String p = packageOf(from);
      edges.computeIfAbsent(p, k -> new TreeMap<>());
      for (String to : targets) {
        String q = packageOf(to);
        if (q.equals(p)) continue;
        edges.get(p).computeIfAbsent(q, k -> new TreeSet<>()).add(outer(from) + " -> " + outer(to));
      }
    });
    List<Set<String>> cycles = new ArrayList<>();
    for (Set<String> component : stronglyConnected(edges)) {
      if (component.size() > 1) cycles.add(component);
    }
    StringBuilder report = new StringBuilder();
    for (Set<String> cycle : cycles) {
      report.append("\nPackages in a cycle: ").append(cycle).append('\n');
      for (String p : cycle) {
        edges.get(p).forEach((q, why) -> {
          if (!cycle.contains(q)) return;
          report.append("  ").append(p).append(" -> ").append(q).append('\n');
          why.forEach(w -> report.append("      ").append(w).append('\n'));
        });
      }
    }
    assertThat(cycles).as("package cycles in dev.mochi.core:%s", report).isEmpty();
  }

  @Test void onlyTheBuilderAndTheLauncherReferToApp() {
    Set<String> allowed = Set.of("App", "AppBuilder", "Launcher");
    Map<String, Set<String>> referring = new TreeMap<>();
    REFS.forEach((from, targets) -> {
      if (allowed.contains(outer(from))) return;
      for (String to : targets) {
        if (outer(to).equals("App")) referring.computeIfAbsent(outer(from), k -> new TreeSet<>()).add(to);
      }
    });
    assertThat(referring).as("core classes other than %s that refer to App", allowed).isEmpty();
  }

  /** Tarjan's strongly connected components of the package graph (iterative, so no deep recursion). */
  private static List<Set<String>> stronglyConnected(Map<String, Map<String, Set<String>>> edges) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> out = new ArrayList<>();
    int[] counter = {0};
    for (String start : edges.keySet()) {
      if (index.containsKey(start)) continue;
      Deque<Map.Entry<String, List<String>>> work = new ArrayDeque<>();
      visit(start, index, low, stack, onStack, counter);
      work.push(Map.entry(start, new ArrayList<>(edges.getOrDefault(start, Map.of()).keySet())));
      while (!work.isEmpty()) {
        var top = work.peek();
        String v = top.getKey();
        if (!top.getValue().isEmpty()) {
          String w = top.getValue().removeFirst();
          if (!index.containsKey(w)) {
            visit(w, index, low, stack, onStack, counter);
            work.push(Map.entry(w, new ArrayList<>(edges.getOrDefault(w, Map.of()).keySet())));
          } else if (onStack.contains(w)) {
            low.put(v, Math.min(low.get(v), index.get(w)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          String parent = work.peek().getKey();
          low.put(parent, Math.min(low.get(parent), low.get(v)));
        }
        if (low.get(v).equals(index.get(v))) {
          Set<String> component = new TreeSet<>();
          String w;
          do {
            w = stack.pop();
            onStack.remove(w);
            component.add(w);
          } while (!w.equals(v));
          out.add(component);
        }
      }
    }
    return out;
  }

  private static void visit(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                            Set<String> onStack, int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]++);
    stack.push(v);
    onStack.add(v);
  }
}
