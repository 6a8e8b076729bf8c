package dev.mochi.plugin.status;

import dev.mochi.api.Context;
import dev.mochi.api.Events;
import dev.mochi.api.Plugin;
import dev.mochi.api.Session;
import dev.mochi.api.status.StatusSample;
import dev.mochi.api.status.SystemStatus;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * {@code status}: how long the bot has been up, its heap, how many messages it received in the last minute, and — once
 * there are any — how many the dispatcher refused because its intake was full (from the {@link SystemStatus} service's
 * latest sample, so at most one sample interval old).
 */
@Extension
public final class Status implements Plugin<Void> {
  @Override public String name() { return "status"; }

  @Override public void apply(Context ctx, Void config) {
    ctx.i18n().load(Status.class);
    MessageRate rate = new MessageRate();
    ctx.on(Events.MESSAGE, session -> rate.record(Instant.now().getEpochSecond()));
    ctx.command("status", "Uptime, memory and messages per minute")
        .authority(1)
        .action((argv, session) -> report(session, rate, ctx.get(SystemStatus.class)));
  }

  private static String report(Session s, MessageRate rate, Optional<SystemStatus> status) {
    Duration up = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
    List<String> lines = new ArrayList<>(List.of(
        s.text("status.uptime", uptime(up)),
        s.text("status.memory", heap.getUsed() >> 20, max >> 20),
        s.text("status.messages", rate.lastMinute(Instant.now().getEpochSecond()))));
    StatusSample.Refused refused = status.map(st -> st.sample().refused()).orElse(StatusSample.Refused.NONE);
    if (refused.total() > 0) lines.add(s.text("status.refused", refused.total(), refused.perUser(), refused.overall()));
    return String.join("\n", lines);
  }

  /** {@code 2d 3h 4m 5s}, leading zero units left out. */
  static String uptime(Duration d) {
    long s = d.toSeconds();
    StringBuilder out = new StringBuilder();
    long[] parts = {s / 86400, s / 3600 % 24, s / 60 % 60, s % 60};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] > 0 || out.length() > 0 || i == parts.length - 1) out.append(out.length() > 0 ? " " : "").append(parts[i]).append(units[i]);
    }
    return out.toString();
  }
}
