package dev.mochi.plugin.admin;

import dev.mochi.api.Context;
import dev.mochi.api.Disposable;
import dev.mochi.api.Session;
import dev.mochi.api.adapter.Bot;
import dev.mochi.api.bot.Bots;
import dev.mochi.api.command.Argv;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.TableOptions;
import dev.mochi.api.message.Message;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Messages sent to a chat at the times a cron expression names, for owners (authority 5):
 * {@code schedule add "<cron>" <text> [-z zone]}, {@code schedule list}, {@code schedule remove <id>}. Each schedule is
 * a row of the table {@code schedule} (the chat, the bot, the expression, the time zone, the text), armed again with
 * {@link Context#cron} whenever the plugin applies, so schedules survive a restart; a time that passed while the bot
 * was down is not caught up. The time zone is the schedule's own ({@code -z Asia/Shanghai}), UTC when not given.
 */
final class Schedules {
  static final String TABLE = "schedule";
  private static final int MAX_TEXT = 2000;

  private final Context ctx;
  private final Map<Long, Disposable> armed = new ConcurrentHashMap<>();

  private Schedules(Context ctx) {
    this.ctx = ctx;
  }

  static void install(Context ctx) {
    Map<String, FieldType> fields = new LinkedHashMap<>();
    fields.put("id", FieldType.bigint());
    fields.put("platform", FieldType.string());
    fields.put("selfId", FieldType.string());
    fields.put("channelId", FieldType.string());
    fields.put("direct", FieldType.bool());
    fields.put("cron", FieldType.string());
    fields.put("zone", FieldType.string());
    fields.put("content", FieldType.string());
    ctx.model().extend(TABLE, fields, TableOptions.primary("id").autoIncrement());
    Schedules schedules = new Schedules(ctx);
    ctx.command("schedule", "Send messages to a chat at set times").authority(5);
    ctx.command("schedule.add <cron:string> <text:text>", "Schedule a message to this chat")
        .option("zone", "-z, --zone <zone:string>")
        .authority(5)
        .example("schedule add \"0 9 * * *\" -z Asia/Shanghai Good morning!")
        .action(schedules::add);
    ctx.command("schedule.list", "List the scheduled messages").authority(5).action(schedules::list);
    ctx.command("schedule.remove <id:posint>", "Remove a scheduled message").authority(5).action(schedules::remove);
    for (Row row : ctx.database().get(TABLE, Filter.gt("id", 0))) schedules.arm(row);
  }

  private void arm(Row row) {
    long id = ((Number) row.get("id")).longValue();
    try {
      armed.put(id, ctx.cron(row.get("cron", String.class), ZoneId.of(row.get("zone", String.class)), () -> send(row)));
    } catch (IllegalArgumentException | DateTimeException e) {
      ctx.logger().warn("Schedule {} not armed: {}", id, e.getMessage());
    }
  }

  private void send(Row row) {
    String platform = row.get("platform", String.class);
    String selfId = row.get("selfId", String.class);
    String channel = row.get("channelId", String.class);
    Optional<Bot> bot = ctx.get(Bots.class).flatMap(b -> b.bot(platform, selfId));
    if (bot.isEmpty()) {
      ctx.logger().warn("Schedule {}: bot {}:{} is not running; message for {} not sent", row.get("id"), platform,
          selfId, channel);
      return;
    }
    Message message = Message.text(row.get("content", String.class));
    boolean direct = Boolean.TRUE.equals(row.get("direct", Boolean.class));
    (direct ? bot.get().sendPrivateMessage(channel, message) : bot.get().sendMessage(channel, message))
        .exceptionally(e -> {
          ctx.logger().warn("Schedule {}: sending to {} failed: {}", row.get("id"), channel, e.getMessage());
          return List.of();
        });
  }

  private String add(Argv argv, Session session) {
    String cron = argv.arg(0, String.class).strip();
    String text = argv.arg(1, String.class).strip();
    String zoneName = argv.option("zone", String.class, "UTC").strip();
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneName);
    } catch (DateTimeException e) {
      return session.text("admin.schedule.bad-zone", zoneName);
    }
    if (text.isEmpty()) return session.text("admin.schedule.no-text");
    if (text.length() > MAX_TEXT) return session.text("admin.schedule.too-long", MAX_TEXT);
    Disposable probe;
    try {
      probe = ctx.cron(cron, zone, () -> { });
    } catch (IllegalArgumentException e) {
      return session.text("admin.schedule.bad-cron", cron);
    }
    probe.dispose();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("platform", session.platform());
    values.put("selfId", session.selfId());
    values.put("channelId", session.isDirect() ? session.userId() : session.channelId());
    values.put("direct", session.isDirect());
    values.put("cron", cron);
    values.put("zone", zone.getId());
    values.put("content", text);
    Row row = ctx.database().create(TABLE, values);
    arm(row);
    return session.text("admin.schedule.added", row.get("id"), cron, zone.getId());
  }

  private String list(Argv argv, Session session) {
    List<Row> rows = ctx.database().get(TABLE, Filter.gt("id", 0));
    if (rows.isEmpty()) return session.text("admin.schedule.none");
    StringBuilder out = new StringBuilder(session.text("admin.schedule.header", rows.size()));
    for (Row r : rows) {
      String chat = Boolean.TRUE.equals(r.get("direct", Boolean.class))
          ? session.text("admin.schedule.private", r.get("channelId"))
          : "#" + r.get("channelId");
      out.append('\n').append(session.text("admin.schedule.item", r.get("id"), r.get("cron"), r.get("zone"),
          r.get("platform") + " " + chat, r.get("content")));
    }
    return out.toString();
  }

  private String remove(Argv argv, Session session) {
    long id = argv.arg(0, Integer.class);
    int removed = ctx.database().remove(TABLE, Filter.eq("id", id));
    Disposable timer = armed.remove(id);
    if (timer != null) timer.dispose();
    return removed == 0 ? session.text("admin.schedule.unknown", id) : session.text("admin.schedule.removed", id);
  }
}
