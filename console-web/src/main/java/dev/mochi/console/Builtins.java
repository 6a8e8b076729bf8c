package dev.mochi.console;

import dev.mochi.api.Context;
import dev.mochi.api.Events;
import dev.mochi.api.bot.BotInfo;
import dev.mochi.api.bot.Bots;
import dev.mochi.api.command.CommandCatalog;
import dev.mochi.api.console.Client;
import dev.mochi.api.console.Console;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.DataService;
import dev.mochi.api.console.ErrorCode;
import dev.mochi.api.data.UserSummary;
import dev.mochi.api.data.Users;
import dev.mochi.api.log.LogQuery;
import dev.mochi.api.log.LogRecord;
import dev.mochi.api.log.Logs;
import dev.mochi.api.status.StatusSample;
import dev.mochi.api.status.SystemStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in data services and listeners the web client needs, each on a kernel service and registered through
 * {@code ctx.inject}, so it appears when the service does and goes away with it: {@code bots}, {@code status},
 * {@code logs}, {@code commands}, {@code users.*}; plugins and the sandbox are in {@link PluginActions} and
 * {@link SandboxActions}.
 */
final class Builtins {
  static final int ADMIN = 4;
  private static final int LOG_LINES = 200;

  private final ConsoleServer server;

  Builtins(ConsoleServer server) {
    this.server = server;
  }

  void register(Context ctx) {
    ctx.inject(Bots.class, (sub, bots) -> bots(sub, view(sub), bots));
    ctx.inject(SystemStatus.class, (sub, status) -> status(sub, view(sub), status));
    ctx.inject(Logs.class, (sub, logs) -> logs(sub, view(sub), logs));
    ctx.inject(CommandCatalog.class, (sub, catalog) -> {
      DataService<?> s = view(sub).data("commands", c -> catalog.list(c.locale()), 0);
      sub.on(Events.COMMANDS_CHANGED, change -> s.refresh());
    });
    ctx.inject(Users.class, (sub, users) -> users(view(sub), users));
    new PluginActions(server).register(ctx);
    new SandboxActions(server).register(ctx);
  }

  private Console view(Context sub) {
    return server.console().forScope(sub);
  }

  private void bots(Context sub, Console console, Bots bots) {
    DataService<?> s = console.data("bots", c -> bots.list().stream().map(b -> bot(b, c.authority() >= 3)).toList(), 0);
    sub.on(Events.BOT_STATUS, change -> s.refresh());
    sub.every(Duration.ofSeconds(5), s::refresh);
  }

  static Map<String, Object> bot(BotInfo b, boolean counters) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("platform", b.platform());
    m.put("selfId", b.selfId());
    m.put("name", b.name().orElse(null));
    m.put("avatar", b.avatar().orElse(null));
    m.put("plugin", b.plugin());
    m.put("status", b.status().name().toLowerCase(java.util.Locale.ROOT));
    m.put("error", b.error().orElse(null));
    m.put("since", b.since());
    if (counters) {
      m.put("received", b.received().total());
      m.put("sent", b.sent().total());
      m.put("perMinute", b.received().perMinute());
    }
    return m;
  }

  private void status(Context sub, Console console, SystemStatus status) {
    DataService<?> s = console.data("status", () -> status(status), 3);
    Duration every = status.interval().compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2) : status.interval();
    sub.every(every, s::refresh);
  }

  static Map<String, Object> status(SystemStatus status) {
    StatusSample now = status.sample();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("time", now.time());
    m.put("processCpu", now.processCpu().isPresent() ? now.processCpu().getAsDouble() : null);
    m.put("systemCpu", now.systemCpu().isPresent() ? now.systemCpu().getAsDouble() : null);
    m.put("heapUsed", now.heapUsed());
    m.put("heapMax", now.heapMax());
    m.put("rss", now.rss().isPresent() ? now.rss().getAsLong() : null);
    m.put("uptimeMs", now.uptime().toMillis());
    m.put("sessions", now.sessionsInFlight());
    m.put("statementsPerSecond", now.statementsPerSecond());
    List<StatusSample> history = status.history();
    List<Long> perMinute = history.subList(Math.max(0, history.size() - 60), history.size()).stream()
        .map(StatusSample::messagesPerMinute).toList();
    m.put("messagesPerMinute", perMinute);
    m.put("refused", refused(now.refused(), history.isEmpty() ? now.refused() : history.getFirst().refused()));
    return m;
  }

  /** Refusals at the intake bounds since start, by bound, and since {@code hourAgo} (the oldest sample kept). */
  static Map<String, Object> refused(StatusSample.Refused now, StatusSample.Refused hourAgo) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", now.total());
    m.put("perUser", now.perUser());
    m.put("overall", now.overall());
    m.put("lastHour", now.total() - hourAgo.total());
    return m;
  }

  private void logs(Context sub, Console console, Logs logs) {
    DataService<?> s = console.data("logs", () -> logs.recent(LogQuery.all().limit(LOG_LINES)).stream().map(Builtins::record).toList(), ADMIN);
    List<Map<String, Object>> pending = new ArrayList<>();
    sub.on(Events.LOG, record -> {
      synchronized (pending) {
        if (pending.size() < 1000) pending.add(record(record));
      }
    });
    // throttled: new lines go out as one patch at most every half second
    sub.every(Duration.ofMillis(500), () -> {
      List<Map<String, Object>> batch;
      synchronized (pending) {
        if (pending.isEmpty()) return;
        batch = List.copyOf(pending);
        pending.clear();
      }
      s.patch(batch);
    });
  }

  static Map<String, Object> record(LogRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sequence", r.sequence());
    m.put("time", r.time());
    m.put("level", r.level().name());
    m.put("logger", r.logger());
    m.put("plugin", r.plugin().orElse(null));
    m.put("message", r.message());
    m.put("exception", r.exception().orElse(null));
    return m;
  }

  private void users(Console console, Users users) {
    console.addListener("users.list", (c, args) -> {
      String query = args.optional("query", String.class).orElse("").strip();
      int page = Math.max(1, args.optional("page", Integer.class).orElse(1));
      int size = Math.min(100, Math.max(1, args.optional("pageSize", Integer.class).orElse(20)));
      if (!query.isEmpty()) return users.search(query, size);
      return new dev.mochi.api.resource.ActionResult(users.list((page - 1) * size, size),
          Map.of("count", users.count(), "page", page, "pageSize", size));
    }, ADMIN);
    console.addListener("users.authority", (c, args) -> {
      long id = args.get("id", Long.class);
      int authority = args.get("authority", Integer.class);
      UserSummary target = below(c, users, id);
      if (authority < 0 || authority >= c.authority()) {
        throw new ConsoleException(ErrorCode.FORBIDDEN, "You may set authority 0 to " + (c.authority() - 1)
            + " (below your own " + c.authority() + "), not " + authority);
      }
      UserSummary changed = users.setAuthority(target.id(), authority);
      server.sessions().refreshUser(target.id());
      return changed;
    }, ADMIN);
    dev.mochi.api.console.ConsoleListener revoke = (c, args) -> {
      UserSummary target = below(c, users, args.get("id", Long.class));
      server.sessions().tokens().revokeAll(target.id());
      server.sessions().endedAll(target.id(), "revoked", null);
      return Map.of();
    };
    console.addListener("users.revoke", revoke, ADMIN);
    console.addListener("users.tokens.revoke", revoke, ADMIN);
  }

  /** The user {@code id}, when their authority is below the caller's; else {@code forbidden}. */
  private static UserSummary below(Client c, Users users, long id) {
    UserSummary target = users.find(id).orElseThrow(() -> new ConsoleException(ErrorCode.NOT_FOUND, "No user " + id));
    if (target.authority() >= c.authority()) {
      throw new ConsoleException(ErrorCode.FORBIDDEN, "User " + id + " has authority " + target.authority()
          + ", not below your own " + c.authority());
    }
    return target;
  }
}
