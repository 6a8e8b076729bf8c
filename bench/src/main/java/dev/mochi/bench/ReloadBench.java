package dev.mochi.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.core.App;
import dev.mochi.core.config.PluginsConfig;
import dev.mochi.core.plugin.PluginHost;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plugin reload: the first-party lottery jar (built into the repository's {@code plugins/}) reloaded through the
 * plugin host 50 times; each reload timed, and the heap after a full collection compared before and after, with the
 * host's own check that no unloaded class loader stayed reachable.
 *
 * <pre>ReloadBench --root=DIR [--reloads=50] --out=FILE</pre>
 */
public final class ReloadBench {
  private ReloadBench() {}

  public static void main(String[] args) throws Exception {
    ChatBench.Options o = new ChatBench.Options(args);
    Path root = Path.of(o.text("root", ".")).toAbsolutePath().normalize();
    Path dir = Files.createTempDirectory("mochi-reload");
    Path jars = Files.createDirectories(dir.resolve("plugins"));
    try (var list = Files.list(root.resolve("plugins"))) {
      Path jar = list.filter(p -> p.getFileName().toString().matches("(mochi-plugin-)?lottery.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No lottery plugin jar in " + root.resolve("plugins") + "; run ./mochi build"));
      Files.copy(jar, jars.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    int reloads = o.number("reloads", 50);
    Map<String, Object> out = new LinkedHashMap<>();
    ObjectNode none = JsonNodeFactory.instance.objectNode();
    try (App app = App.builder().database("jdbc:sqlite:" + dir.resolve("reload.db"))
        .configure(c -> c.withPlugins(new PluginsConfig(jars.toString(), none))).build()) {
      app.start();
      PluginHost host = app.plugins();
      host.start();
      for (int i = 0; i < 10; i++) host.reload("lottery");
      double before = heapAfterGc();
      List<Double> ms = new ArrayList<>();
      for (int i = 0; i < reloads; i++) {
        long t = System.nanoTime();
        if (!host.reload("lottery").active()) throw new IllegalStateException("lottery did not come back after reload " + i);
        ms.add((System.nanoTime() - t) / 1e6);
      }
      List<String> leaks = host.checkLeaks();
      double after = heapAfterGc();
      double[] sorted = Stats.sorted(ms.stream().mapToDouble(Double::doubleValue).toArray());
      out.put("tool", "mochi");
      out.put("loadavg", Stats.loadAverage());
      out.put("reloads", reloads);
      out.put("medianMs", Stats.round(Stats.median(ms), 2));
      out.put("p90Ms", Stats.round(Stats.pct(sorted, 0.9), 2));
      out.put("maxMs", Stats.round(sorted[sorted.length - 1], 2));
      out.put("heapUsedBeforeMB", Stats.round(before, 2));
      out.put("heapUsedAfterMB", Stats.round(after, 2));
      out.put("heapGrowthMB", Stats.round(after - before, 2));
      out.put("leakedClassLoaders", leaks);
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(o.text("out", "reload.json")).toFile(), out);
    ChatBench.delete(dir);
    System.err.println("mochi reload: median " + out.get("medianMs") + " ms, heap growth " + out.get("heapGrowthMB") + " MB");
    System.exit(0);
  }

  private static double heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
  }
}
