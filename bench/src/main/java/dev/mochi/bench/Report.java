package dev.mochi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One table from the raw files of an interleaved run: for each workload the minimum, median and maximum of Koishi's
 * runs and of ours, the ratio of the medians, and the target with whether it was met. Written as Markdown and
 * JSON beside the raw files, and the Markdown printed.
 *
 * <pre>Report --dir=RUN_DIR   (reads koishi-N.json, mochi-crash-safe-N.json, mochi-power-loss-safe-N.json,
 *                            startup-N.json, memory.json, reload.json, uptime-*.txt where present)</pre>
 */
public final class Report {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path dir;
  private final List<JsonNode> koishi;
  private final List<JsonNode> crashSafe;
  private final List<JsonNode> powerLossSafe;
  private final List<Map<String, Object>> rows = new ArrayList<>();

  private Report(Path dir) throws IOException {
    this.dir = dir;
    koishi = read("koishi-");
    crashSafe = read("mochi-crash-safe-");
    powerLossSafe = read("mochi-power-loss-safe-");
  }

  public static void main(String[] args) throws Exception {
    ChatBench.Options o = new ChatBench.Options(args);
    Report r = new Report(Path.of(o.text("dir", ".")));
    String md = r.build();
    Files.writeString(r.dir.resolve("report.md"), md);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("written", Instant.now().toString());
    json.put("rows", r.rows);
    JSON.writeValue(r.dir.resolve("report.json").toFile(), json);
    System.out.println(md);
  }

  private List<JsonNode> read(String prefix) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (int i = 1; ; i++) {
      Path p = dir.resolve(prefix + i + ".json");
      if (!Files.exists(p)) return out;
      out.add(JSON.readTree(p.toFile()));
    }
  }

  private JsonNode single(String name) throws IOException {
    Path p = dir.resolve(name);
    return Files.exists(p) ? JSON.readTree(p.toFile()) : null;
  }

  /** Koishi's scenario objects named {@code scenario}, one per run (sqlite-file driver). */
  private List<JsonNode> koishiScenario(String scenario) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode k : koishi) {
      for (JsonNode run : k.path("scenarios").path("sqlite-file").path("raw").path("runs")) {
        for (JsonNode s : run) if (s.path("scenario").asText().equals(scenario)) out.add(s);
      }
    }
    return out;
  }

  private static List<JsonNode> ours(List<JsonNode> files, String scenario) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode f : files) {
      for (JsonNode run : f.path("runs")) {
        for (JsonNode s : run) if (s.path("scenario").asText().equals(scenario)) out.add(s);
      }
    }
    return out;
  }

  private static List<Double> values(List<JsonNode> nodes, Function<JsonNode, JsonNode> field) {
    List<Double> out = new ArrayList<>();
    for (JsonNode n : nodes) {
      JsonNode v = field.apply(n);
      if (v != null && v.isNumber()) out.add(v.asDouble());
    }
    return out;
  }

  private String build() throws IOException {
    String a = "a-seq-1user";
    String b = "b-concurrent-100users";
    String c = "c-same-user-1000-all-at-once";
    String c2 = "c2-same-user-1000-window-10";
    Function<JsonNode, JsonNode> rate = s -> s.get("msgsPerSec");
    Function<JsonNode, JsonNode> p99 = s -> s.get("replyP99ms");
    Function<JsonNode, JsonNode> sql = s -> s.has("sqlPerMsg") ? s.path("sqlPerMsg").get("total") : s.path("dbCallsPerMsg").get("sql");

    row("(a) one user in sequence, msg/s, crash-safe", koishiScenario(a), ours(crashSafe, a), rate, "≥ 30× Koishi and ≥ 3,000 msg/s", (v, r) -> r >= 30 && v >= 3000);
    row("(a) one user in sequence, msg/s, power-loss-safe", koishiScenario(a), ours(powerLossSafe, a), rate, "≥ 15× Koishi", (v, r) -> r >= 15);
    row("(a) reply p99 ms, crash-safe", koishiScenario(a), ours(crashSafe, a), p99, "", null);
    row("(b) 100 users at once, msg/s, crash-safe", koishiScenario(b), ours(crashSafe, b), rate, "≥ 100× Koishi and ≥ 20,000 msg/s", (v, r) -> r >= 100 && v >= 20000);
    row("(b) 100 users at once, msg/s, power-loss-safe", koishiScenario(b), ours(powerLossSafe, b), rate, "", null);
    row("(b) reply p99 ms, crash-safe", koishiScenario(b), ours(crashSafe, b), p99, "", null);
    row("(c) 1,000 at once from one user, msg/s", koishiScenario(c), ours(crashSafe, c), rate, "counters exact", null);
    correctness("(c) counters exact", koishiScenario(c), ours(crashSafe, c));
    row("(c2) the same, 10 in flight, msg/s", koishiScenario(c2), ours(crashSafe, c2), rate, "", null);
    correctness("(c2) counters exact", koishiScenario(c2), ours(crashSafe, c2));
    row("(a) statements per writing message", koishiScenario(a), ours(crashSafe, a), sql, "1", (v, r) -> v <= 1.01);
    row("(b) statements per writing message", koishiScenario(b), ours(crashSafe, b), sql, "< 0.1", (v, r) -> v < 0.1);
    String plain = "plain-100users-11-middlewares";
    row("plain messages through 11 middlewares, msg/s", List.of(), ours(crashSafe, plain), rate, "", null);
    row("plain messages, statements per message", List.of(), ours(crashSafe, plain), sql, "", null);
    String first = "first-contact-1000-users-100-at-once";
    row("first contact, 100 new users at once, msg/s", List.of(), ours(crashSafe, first), rate, "", null);
    row("first contact, statements per message", List.of(), ours(crashSafe, first), sql, "", null);
    String offered = "offered-1000-per-s-100-users-30s";
    row("1,000 msg/s offered by 100 users: reply p50 ms", List.of(), ours(crashSafe, offered), s -> s.get("replyP50ms"), "", null);
    row("1,000 msg/s offered by 100 users: reply p99 ms", List.of(), ours(crashSafe, offered), p99, "< 5 ms", (v, r) -> v < 5);
    row("1,000 msg/s offered by 100 users: reply p999 ms", List.of(), ours(crashSafe, offered), s -> s.get("replyP999ms"), "< 20 ms", (v, r) -> v < 20);

    List<JsonNode> koishiStartup = new ArrayList<>();
    for (JsonNode k : koishi) koishiStartup.addAll(list(k.path("startup").path("sqlite-file").path("probes")));
    List<JsonNode> ourStartup = new ArrayList<>();
    for (JsonNode st : read("startup-")) ourStartup.addAll(list(st.path("probes")));
    row("start to ready, ms (./mochi on bot.yml)", koishiStartup, ourStartup, s -> s.get("readyFromProcessStartMs"), "≤ Koishi's", (v, r) -> r <= 1);
    row("RSS at ready, MB", koishiStartup, ourStartup, s -> s.get("rssAtReadyMB"), "≤ 96 MB", (v, r) -> v <= 96);
    JsonNode memory = single("memory.json");
    row("RSS after 100,000 messages, MB (Koishi: peak RSS of its run)", koishi.stream().map(k -> k.path("scenarios").path("sqlite-file").path("raw")).toList(),
        memory == null ? List.of() : List.of(memory), n -> n.has("memAfterMessages") ? n.path("memAfterMessages").get("rssMB") : n.get("maxRssMB"), "≤ 192 MB", (v, r) -> v <= 192);
    JsonNode reload = single("reload.json");
    row("plugin reload ×50, median ms", List.of(), reload == null ? List.of() : List.of(reload), n -> n.get("medianMs"), "< 20 ms", (v, r) -> v < 20);
    row("plugin reload ×50, heap growth MB", List.of(), reload == null ? List.of() : List.of(reload), n -> n.get("heapGrowthMB"), "none (< 1 MB)", (v, r) -> v < 1);

    StringBuilder md = new StringBuilder();
    md.append("## Mochi beside Koishi (").append(koishi.size()).append(" Koishi runs, ").append(crashSafe.size())
        .append(" Mochi runs, interleaved)\n\n");
    md.append("| workload | Koishi min / median / max | Mochi min / median / max | ratio of medians (Mochi ÷ Koishi) | target |\n");
    md.append("|---|---|---|---|---|\n");
    for (Map<String, Object> r : rows) {
      md.append("| ").append(r.get("workload")).append(" | ").append(r.get("koishiText")).append(" | ").append(r.get("mochiText"))
          .append(" | ").append(r.get("ratioText")).append(" | ").append(r.get("target")).append(" |\n");
    }
    md.append("\nLoad: ");
    for (JsonNode k : koishi) md.append("Koishi run at ").append(k.path("loadavgAtStart").path(0).asDouble()).append("; ");
    for (JsonNode m : crashSafe) md.append("Mochi run at ").append(m.path("loadavgAtStart").path(0).asDouble()).append("; ");
    md.append("(1-minute load average at the start of each run; the machine has ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores).\n");
    md.append("Other load during each scenario (cores used by other processes) is in the raw files as `otherCores`.\n");
    return md.toString();
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  /** Whether a target is met, given our median and the ratio of the medians. */
  private interface Check {
    boolean met(double mochi, double ratio);
  }

  private void row(String workload, List<JsonNode> k, List<JsonNode> m, Function<JsonNode, JsonNode> field, String target,
                   Check check) {
    List<Double> kv = values(k, field);
    List<Double> mv = values(m, field);
    double km = Stats.median(kv);
    double mm = Stats.median(mv);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("workload", workload);
    r.put("koishi", kv);
    r.put("mochi", mv);
    r.put("koishiMedian", km);
    r.put("mochiMedian", mm);
    double ratio = Double.isFinite(km) && Double.isFinite(mm) && km != 0 ? mm / km : Double.NaN;
    r.put("ratioOfMedians", ratio);
    String verdict = "";
    if (check != null && Double.isFinite(mm)) verdict = check.met(mm, ratio) ? " — met" : " — not met";
    r.put("target", target + verdict);
    r.put("koishiText", range(kv));
    r.put("mochiText", range(mv));
    r.put("ratioText", Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.1f×", ratio) : "–");
    rows.add(r);
  }

  private void correctness(String workload, List<JsonNode> k, List<JsonNode> m) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("workload", workload);
    r.put("koishiText", verdicts(k));
    r.put("mochiText", verdicts(m));
    r.put("ratioText", "");
    boolean all = !m.isEmpty() && m.stream().allMatch(s -> s.path("correctness").path("ok").asBoolean());
    r.put("target", "counters exact" + (m.isEmpty() ? "" : all ? " — met" : " — not met"));
    rows.add(r);
  }

  private static String verdicts(List<JsonNode> runs) {
    if (runs.isEmpty()) return "–";
    List<String> out = new ArrayList<>();
    for (JsonNode s : runs) {
      JsonNode c = s.path("correctness");
      out.add(c.path("ok").asBoolean() ? "exact" : "lost " + c.path("lostCounterUpdates").asInt() + " of " + c.path("expected").asInt());
    }
    return String.join(", ", out);
  }

  private static String range(List<Double> xs) {
    if (xs.isEmpty()) return "–";
    double min = xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    double max = xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    return fmt(min) + " / " + fmt(Stats.median(xs)) + " / " + fmt(max);
  }

  private static String fmt(double x) {
    if (!Double.isFinite(x)) return "–";
    if (Math.abs(x) >= 100) return String.format(Locale.ROOT, "%,.0f", x);
    if (Math.abs(x) >= 10) return String.format(Locale.ROOT, "%.1f", x);
    return String.format(Locale.ROOT, "%.3f", x);
  }
}
