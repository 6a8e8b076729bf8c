package dev.mochi.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mochi.core.App;
import dev.mochi.core.config.DatabaseConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mochi's side of the Koishi comparison: one process, one database file, the anchor's sanity check and warm-up,
 * then the chosen scenarios once, written as JSON. {@code bench/run} starts it between two runs of the anchor.
 *
 * <pre>
 * ChatBench [--durability=crash-safe|power-loss-safe] [--n=10000] [--users=100] [--same=1000] [--same-window=10]
 *           [--warmup=1000] [--first-contacts=1000] [--offered-rate=1000] [--offered-seconds=30]
 *           [--scenarios=a,b,c,c2,plain,first,offered] [--memory=100000] --out=FILE
 * </pre>
 *
 * {@code --memory=N} runs N messages from 100 users at once instead of the scenarios and reports the resident set
 * before and after (run it with the launcher's JVM options: that is the figure a bot owner gets).
 */
public final class ChatBench {
  private ChatBench() {}

  public static void main(String[] args) throws Exception {
    Options o = new Options(args);
    Path dir = Files.createTempDirectory("mochi-bench");
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("tool", "mochi");
    result.put("started", Instant.now().toString());
    result.put("durability", o.text("durability", "crash-safe"));
    result.put("jvm", jvm());
    result.put("loadavgAtStart", Stats.loadAverage());
    long t0 = System.nanoTime();
    Workload workload = new Workload();
    String url = "jdbc:sqlite:" + dir.resolve("bench.db");
    try (App app = App.builder().database(DatabaseConfig.of(url).withDurability(o.text("durability", "crash-safe")))
        .plugin(workload).build()) {
      app.start();
      result.put("startMs", Stats.round((System.nanoTime() - t0) / 1e6, 1));
      result.put("memAfterStart", memory());
      Scenarios s = new Scenarios(workload, app.data().statements());
      if (o.has("memory")) {
        int n = o.number("memory", 100_000);
        result.put("memoryRun", s.manyUsers(n, o.number("users", 100), "lottery", "memory-" + n + "-messages"));
        result.put("memAfterMessages", memory());
      } else {
        sanity(workload);
        long tw = System.nanoTime();
        int warm = o.number("warmup", 1000);
        s.sequential(warm, "warmup-seq");
        s.manyUsers(warm, o.number("users", 100), "lottery", "warmup-many");
        s.sameUser(Math.min(o.number("same", 1000), 200), Math.min(o.number("same", 1000), 200), "warmup-same");
        result.put("warmupMs", Stats.round((System.nanoTime() - tw) / 1e6, 1));
        result.put("memAfterWarmup", memory());
        result.put("runs", List.of(scenarios(o, s)));
        result.put("memAtEnd", memory());
      }
    } finally {
      delete(dir);
    }
    result.put("maxRssMB", Stats.procStatusMb("VmHWM"));
    result.put("finished", Instant.now().toString());
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Path out = Path.of(o.text("out", "mochi-results.json"));
    if (out.getParent() != null) Files.createDirectories(out.getParent());
    json.writeValue(out.toFile(), result);
    System.err.println("mochi (" + result.get("durability") + "): results written to " + out);
    System.exit(0);
  }

  private static List<Map<String, Object>> scenarios(Options o, Scenarios s) {
    List<String> chosen = Arrays.asList(o.text("scenarios", "a,b,c,c2,plain,first,offered").split(","));
    int n = o.number("n", 10_000);
    int users = o.number("users", 100);
    int same = o.number("same", 1000);
    List<Map<String, Object>> run = new ArrayList<>();
    if (chosen.contains("a")) run.add(s.sequential(n, "a-seq-1user"));
    if (chosen.contains("b")) run.add(s.manyUsers(n, users, "lottery", "b-concurrent-" + users + "users"));
    if (chosen.contains("c")) run.add(s.sameUser(same, same, "c-same-user-" + same + "-all-at-once"));
    int window = o.number("same-window", 10);
    if (chosen.contains("c2")) run.add(s.sameUser(same, window, "c2-same-user-" + same + "-window-" + window));
    if (chosen.contains("plain")) run.add(s.manyUsers(n, users, "hello there", "plain-" + users + "users-11-middlewares"));
    if (chosen.contains("first")) run.add(s.firstContact(o.number("first-contacts", 1000), users));
    if (chosen.contains("offered")) run.add(s.offered(o.number("offered-rate", 1000), users, o.number("offered-seconds", 30)));
    for (Map<String, Object> r : run) System.err.println("mochi: " + r.get("scenario") + " " + r.get("msgsPerSec") + " msg/s");
    return run;
  }

  /** The anchor's check through its official client: two draws, exact replies. */
  private static void sanity(Workload w) {
    w.resetUsers(List.of("check"));
    for (int i = 1; i <= 2; i++) {
      String expected = "You drew item" + i + ". Draws: " + i + ", items: " + i + ".";
      Probe p = w.send("check", "lottery").done.join();
      if (!expected.equals(p.reply)) {
        throw new IllegalStateException("The workload replied '" + p.reply + "' where '" + expected + "' was expected");
      }
    }
  }

  private static Map<String, Object> memory() {
    System.gc();
    System.gc();
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rssMB", Stats.procStatusMb("VmRSS"));
    m.put("heapUsedMB", Stats.round(heap.getUsed() / 1048576.0, 1));
    m.put("heapCommittedMB", Stats.round(heap.getCommitted() / 1048576.0, 1));
    return m;
  }

  private static Map<String, Object> jvm() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", System.getProperty("java.version"));
    m.put("vm", System.getProperty("java.vm.name"));
    m.put("cpus", Runtime.getRuntime().availableProcessors());
    m.put("maxHeapMB", Runtime.getRuntime().maxMemory() / 1048576);
    m.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
    m.put("arguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
    return m;
  }

  /** Deletes a folder and everything in it. */
  static void delete(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  /** {@code --key=value} arguments. */
  static final class Options {
    private final Map<String, String> values = new LinkedHashMap<>();

    Options(String[] args) {
      for (String a : args) {
        if (!a.startsWith("--")) throw new IllegalArgumentException("Unknown argument '" + a + "'; options are --key=value");
        int eq = a.indexOf('=');
        values.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "" : a.substring(eq + 1));
      }
    }

    boolean has(String key) { return values.containsKey(key); }

    String text(String key, String fallback) { return values.getOrDefault(key, fallback); }

    int number(String key, int fallback) {
      String v = values.get(key);
      if (v == null || v.isEmpty()) return fallback;
      try {
        return Integer.parseInt(v.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--" + key + " needs a whole number, got '" + v + "'", e);
      }
    }
  }
}
