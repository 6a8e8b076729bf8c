package dev.mochi.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start to ready of {@code ./mochi} on the repository's {@code bot.yml}, as a bot owner starts it: wall time from
 * spawning the launcher script to its ready line, and the CPU time and the resident set of the JVM at that moment. The bot runs in
 * a temporary folder with a copy of {@code bot.yml} whose database lives there too (and whose plugin folder is the
 * repository's), so the checkout's own data is never touched. One unmeasured start comes first: the launcher
 * builds when sources changed, and the JVM writes its AOT cache as the first start after a build ends.
 *
 * <pre>StartupBench --root=DIR [--runs=5] --out=FILE</pre>
 */
public final class StartupBench {
  private StartupBench() {}

  public static void main(String[] args) throws Exception {
    ChatBench.Options o = new ChatBench.Options(args);
    Path root = Path.of(o.text("root", ".")).toAbsolutePath().normalize();
    Path dir = Files.createTempDirectory("mochi-startup");
    Path config = dir.resolve("bot.yml");
    Files.writeString(config, config(root));
    List<Map<String, Object>> probes = new ArrayList<>();
    probe(root, dir, config);
    int runs = o.number("runs", 5);
    for (int i = 0; i < runs; i++) probes.add(probe(root, dir, config));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tool", "mochi");
    out.put("loadavg", Stats.loadAverage());
    out.put("median", Map.of(
        "readyFromProcessStartMs", Stats.median(probes.stream().map(p -> (Double) p.get("readyFromProcessStartMs")).toList()),
        "rssAtReadyMB", Stats.median(probes.stream().map(p -> (Double) p.get("rssAtReadyMB")).toList()),
        "cpuMsAtReady", Stats.median(probes.stream().map(p -> (Double) p.get("cpuMsAtReady")).toList())));
    out.put("probes", probes);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(o.text("out", "startup.json")).toFile(), out);
    ChatBench.delete(dir);
    System.err.println("mochi startup: median ready " + ((Map<?, ?>) out.get("median")).get("readyFromProcessStartMs") + " ms");
  }

  /** The repository's bot.yml with the database in the probe's folder and the repository's plugin folder. */
  static String config(Path root) throws IOException {
    String text = Files.readString(root.resolve("bot.yml"));
    String db = "url: jdbc:sqlite:data/mochi.db";
    String plugins = "dir: plugins";
    if (!text.contains(db) || !text.contains(plugins)) {
      throw new IllegalStateException("bot.yml no longer has '" + db + "' and '" + plugins + "'; update StartupBench.config");
    }
    return text.replace(db, "url: jdbc:sqlite:startup.db").replace(plugins, "dir: " + root.resolve("plugins"));
  }

  private static Map<String, Object> probe(Path root, Path dir, Path config) throws Exception {
    Files.deleteIfExists(dir.resolve("startup.db"));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(root.resolve("mochi").toString(), "--config", config.toString())
        .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    Map<String, Object> out = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null && !line.startsWith("Mochi ready")) {
        // skip anything printed before the ready line
      }
      if (line == null) throw new IllegalStateException("./mochi ended without a ready line (exit " + p.waitFor() + ")");
      // A plugin that failed (the console's port taken by another bot, say) makes a shorter start that is not the one
      // measured here.
      if (line.contains("failed")) {
        throw new IllegalStateException("./mochi started with a failed plugin, so this start is not comparable: '" + line
            + "'; is another bot holding the console's port 5140?");
      }
      double ms = (System.nanoTime() - t0) / 1e6;
      out.put("readyFromProcessStartMs", Stats.round(ms, 1));
      out.put("rssAtReadyMB", rss(p.pid()));
      out.put("cpuMsAtReady", cpuMs(p));
      out.put("readyLine", line);
      out.put("loadavg", Stats.loadAverage()[0]);
    } finally {
      p.destroy();
      if (!p.waitFor(120, TimeUnit.SECONDS)) p.destroyForcibly(); // a first start writes the AOT cache as it ends
    }
    return out;
  }

  /**
   * CPU time (user and system) the process has used so far: the launcher script and the JVM it becomes, not the
   * script's own child processes. Steadier than the wall time on a shared machine.
   */
  private static double cpuMs(Process p) {
    return p.toHandle().info().totalCpuDuration().map(d -> Stats.round(d.toNanos() / 1e6, 1)).orElse(Double.NaN);
  }

  private static double rss(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) return Stats.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0, 1);
    }
    return Double.NaN;
  }
}
