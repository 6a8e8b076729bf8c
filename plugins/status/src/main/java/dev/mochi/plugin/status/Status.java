package dev.mochi.plugin.status;

import dev.mochi.api.Context;
import dev.mochi.api.Events;
import dev.mochi.api.Plugin;
import dev.mochi.api.Session;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.time.Instant;
import org.pf4j.Extension;

/** {@code status}: how long the bot has been up, its heap, and how many messages it received in the last minute. */
@Extension
public final class Status implements Plugin<Void> {
  @Override public String name() { return "status"; }

  @Override public void apply(Context ctx, Void config) {
    ctx.i18n().load(Status.class);
    MessageRate rate = new MessageRate();
    ctx.on(Events.MESSAGE, session -> rate.record(Instant.now().getEpochSecond()));
    ctx.command("status", "Uptime, memory and messages per minute")
        .authority(1)
        .action((argv, session) -> report(session, rate));
  }

  private static String report(Session s, MessageRate rate) {
    Duration up = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
    return String.join("\n",
        s.text("status.uptime", uptime(up)),
        s.text("status.memory", heap.getUsed() >> 20, max >> 20),
        s.text("status.messages", rate.lastMinute(Instant.now().getEpochSecond())));
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
