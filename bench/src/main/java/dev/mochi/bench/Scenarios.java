package dev.mochi.bench;

import dev.mochi.core.data.StatementCounter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchor's scenarios on Mochi, each with the anchor's result fields (rates, reply and done percentiles, CPU per
 * thousand messages, statements per message, other load, the final counters), plus three of our own: plain
 * messages, first contact and a fixed offered load.
 */
final class Scenarios {
  private static final Pattern DRAWS = Pattern.compile("Draws: (\\d+)");

  private final Workload w;
  private final StatementCounter statements;

  Scenarios(Workload w, StatementCounter statements) {
    this.w = w;
    this.statements = statements;
  }

  /** A scenario's clock, CPU and statement readings from its start. */
  private final class Run {
    final Stats.Load load = Stats.Load.now();
    final long statements0 = statements.total();
    final long updates0 = statements.updates();
    final long selects0 = statements.selects();
    final long inserts0 = statements.inserts();
    final long start = System.nanoTime();
    long end;
    Stats.Load after;
    long statements1;
    long updates1;
    long selects1;
    long inserts1;

    /** The end of the measured part: the checks that follow are not counted. */
    Run stop() {
      end = System.nanoTime();
      after = Stats.Load.now();
      statements1 = statements.total();
      updates1 = statements.updates();
      selects1 = statements.selects();
      inserts1 = statements.inserts();
      return this;
    }

    Map<String, Object> summary(String name, List<Probe> probes, Map<String, Object> extra) {
      if (after == null) stop();
      int n = probes.size();
      double[] reply = new double[n];
      double[] done = new double[n];
      int noReply = 0;
      int failed = 0;
      for (int i = 0; i < n; i++) {
        Probe p = probes.get(i);
        if (p.tReply == 0) noReply++;
        if (p.failure != null) failed++;
        reply[i] = p.replyMs();
        done[i] = p.doneMs();
      }
      reply = Stats.sorted(reply);
      done = Stats.sorted(done);
      double elapsed = (end - start) / 1e6;
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("scenario", name);
      out.put("messages", n);
      out.put("elapsedMs", Stats.round(elapsed, 1));
      out.put("msgsPerSec", Stats.round(n / (elapsed / 1000), 1));
      out.put("replyP50ms", Stats.round(Stats.pct(reply, 0.5), 3));
      out.put("replyP99ms", Stats.round(Stats.pct(reply, 0.99), 3));
      out.put("replyP999ms", Stats.round(Stats.pct(reply, 0.999), 3));
      out.put("doneP50ms", Stats.round(Stats.pct(done, 0.5), 3));
      out.put("doneP99ms", Stats.round(Stats.pct(done, 0.99), 3));
      out.put("cpuMsPer1k", Stats.round((after.ownCpuNanos() - load.ownCpuNanos()) / 1e6 / (n / 1000.0), 1));
      out.put("messagesWithoutReply", noReply);
      out.put("messagesFailed", failed);
      double per = Math.max(1, n);
      Map<String, Object> sql = new LinkedHashMap<>();
      sql.put("total", Stats.round((statements1 - statements0) / per, 3));
      sql.put("select", Stats.round((selects1 - selects0) / per, 3));
      sql.put("insert", Stats.round((inserts1 - inserts0) / per, 3));
      sql.put("update", Stats.round((updates1 - updates0) / per, 3));
      out.put("sqlPerMsg", sql);
      out.put("otherCores", load.otherCores(after));
      out.put("stealCores", load.stealCores(after));
      out.putAll(extra);
      return out;
    }
  }

  /** (a) one user in sequence: each message waits for its reply and its write. */
  Map<String, Object> sequential(int n, String label) {
    String uid = "seq";
    w.resetUsers(List.of(uid));
    Run run = new Run();
    List<Probe> probes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) probes.add(w.send(uid, "lottery").done.join());
    run.stop();
    Map<String, Object> extra = new LinkedHashMap<>();
    int k = Math.max(1, n / 10);
    extra.put("msgsPerSecFirst10pct", rate(probes.subList(0, k)));
    extra.put("msgsPerSecLast10pct", rate(probes.subList(n - k, n)));
    extra.put("correctness", counters(uid, n, probes));
    return run.summary(label, probes, extra);
  }

  /** (b) {@code users} users at once: batches of one message per user, each batch awaited whole. */
  Map<String, Object> manyUsers(int n, int users, String content, String label) {
    List<String> ids = ids("u", users);
    w.resetUsers(ids);
    Run run = new Run();
    List<Probe> probes = new ArrayList<>(n);
    for (int sent = 0; sent < n; sent += users) probes.addAll(w.batch(ids.subList(0, Math.min(users, n - sent)), content));
    run.stop();
    return run.summary(label, probes, Map.of("correctness", perUser(ids, probes.size(), content.equals("lottery"))));
  }

  /** (c) and (c2): {@code count} messages from one user, {@code window} in flight at a time. */
  Map<String, Object> sameUser(int count, int window, String label) {
    String uid = "same";
    w.resetUsers(List.of(uid));
    Run run = new Run();
    List<Probe> probes = new ArrayList<>(count);
    for (int sent = 0; sent < count; sent += window) {
      probes.addAll(w.batch(java.util.Collections.nCopies(Math.min(window, count - sent), uid), "lottery"));
    }
    run.stop();
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("inFlightWindow", window);
    extra.put("correctness", counters(uid, count, probes));
    return run.summary(label, probes, extra);
  }

  /** First contact: {@code count} users nobody created, {@code users} of them at once, one message each. */
  Map<String, Object> firstContact(int count, int users) {
    w.resetUsers(List.of());
    Run run = new Run();
    List<Probe> probes = new ArrayList<>(count);
    List<String> all = ids("new", count);
    for (int sent = 0; sent < count; sent += users) probes.addAll(w.batch(all.subList(sent, Math.min(count, sent + users)), "lottery"));
    run.stop();
    int wrong = 0;
    for (String id : all) {
      int[] c = w.readUser(id);
      if (c[0] != 1 || c[1] != 1 || c[2] != 1) wrong++;
    }
    Map<String, Object> correctness = new LinkedHashMap<>();
    correctness.put("expected", count);
    correctness.put("usersWithWrongCounts", wrong);
    correctness.put("ok", wrong == 0);
    return run.summary("first-contact-" + count + "-users-" + users + "-at-once", probes, Map.of("correctness", correctness));
  }

  /**
   * A fixed offered load: {@code rate} messages a second, round robin over {@code users} users, for {@code seconds},
   * sent on schedule whatever the replies do (open loop). Latency runs from the scheduled arrival, so a late sender
   * cannot hide a queue.
   */
  Map<String, Object> offered(int rate, int users, int seconds) {
    List<String> ids = ids("o", users);
    w.resetUsers(ids);
    int n = rate * seconds;
    Run run = new Run();
    List<Probe> probes = new ArrayList<>(n);
    long start = System.nanoTime() + 1_000_000;
    long late = 0;
    for (int i = 0; i < n; i++) {
      long due = start + (long) (i * (1e9 / rate));
      long wait = due - System.nanoTime();
      if (wait > 0) LockSupport.parkNanos(wait);
      late = Math.max(late, System.nanoTime() - due);
      probes.add(w.sendAt(ids.get(i % users), "lottery", due));
    }
    CompletableFuture.allOf(probes.stream().map(p -> p.done).toArray(CompletableFuture[]::new)).join();
    run.stop();
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("offeredPerSec", rate);
    extra.put("senderMaxLateMs", Stats.round(late / 1e6, 3));
    double[] reply = Stats.sorted(probes.stream().mapToDouble(Probe::replyMs).toArray());
    extra.put("replyMaxMs", Stats.round(reply[reply.length - 1], 3));
    extra.put("correctness", perUser(ids, n, true));
    return run.summary("offered-" + rate + "-per-s-" + users + "-users-" + seconds + "s", probes, extra);
  }

  private Map<String, Object> counters(String uid, int expected, List<Probe> probes) {
    int[] c = w.readUser(uid);
    Set<Integer> claimed = new HashSet<>();
    for (Probe p : probes) {
      Matcher m = DRAWS.matcher(p.reply == null ? "" : p.reply);
      if (m.find()) claimed.add(Integer.parseInt(m.group(1)));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("expected", expected);
    out.put("counter", c[0]);
    out.put("items", c[1]);
    out.put("msgCount", c[2]);
    out.put("lostCounterUpdates", expected - c[0]);
    out.put("lostItemUpdates", expected - c[1]);
    out.put("lostMsgCountUpdates", expected - c[2]);
    out.put("distinctCounterValuesInReplies", claimed.size());
    out.put("ok", c[0] == expected && c[1] == expected && c[2] == expected);
    return out;
  }

  private Map<String, Object> perUser(List<String> ids, int messages, boolean lottery) {
    int users = ids.size();
    long sumCounter = 0;
    long sumItems = 0;
    long sumMsg = 0;
    int bad = 0;
    for (int j = 0; j < users; j++) {
      int[] c = w.readUser(ids.get(j));
      int exp = messages / users + (j < messages % users ? 1 : 0);
      sumCounter += c[0];
      sumItems += c[1];
      sumMsg += c[2];
      int expLottery = lottery ? exp : 0;
      if (c[0] != expLottery || c[1] != expLottery || c[2] != exp) bad++;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("expected", messages);
    out.put("counterSum", sumCounter);
    out.put("itemsSum", sumItems);
    out.put("msgCountSum", sumMsg);
    out.put("usersWithWrongCounts", bad);
    out.put("ok", bad == 0);
    return out;
  }

  private static double rate(List<Probe> ps) {
    if (ps.isEmpty()) return Double.NaN;
    return Stats.round(ps.size() / ((ps.getLast().tDone - ps.getFirst().t0) / 1e9), 1);
  }

  static List<String> ids(String prefix, int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) out.add(prefix + i);
    return out;
  }
}
