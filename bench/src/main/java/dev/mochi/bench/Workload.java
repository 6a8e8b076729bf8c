package dev.mochi.bench;

import dev.mochi.api.Context;
import dev.mochi.api.Events;
import dev.mochi.api.Hooks;
import dev.mochi.api.Plugin;
import dev.mochi.api.adapter.Inbound;
import dev.mochi.api.data.Default;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.UserData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The Koishi anchor's workload, plugin for plugin ({@code ../shared/anchors/koishi-bench/bench.js}, {@code buildApp}):
 * a {@code lottery} command declaring {@code items} (a list that grows with every draw) and {@code counter}, which
 * increments the counter, pushes one item and replies; a middleware that increments {@code msgCount}, declared
 * through the attach-user hook and written after the rest of the chain returned; ten no-op middlewares, each in a
 * plugin of its own. All middlewares are prepended, as in the anchor. Messages are private messages.
 */
public final class Workload implements Plugin<Void> {
  static final String PLATFORM = "bench";
  static final int NOOP_MIDDLEWARES = 10;

  /** The lottery's fields (Koishi: {@code counter: 'unsigned', items: 'list'}). */
  public interface Lottery extends UserData {
    @Default("0") int counter();

    void counter(int value);

    List<String> items();
  }

  /** The message counter's field (Koishi: {@code msgCount: 'unsigned'}). */
  public interface MsgCount extends UserData {
    @Default("0") int msgCount();

    void msgCount(int value);
  }

  final BenchBot bot = new BenchBot();
  final Probes probes = new Probes();
  private volatile Context ctx;

  @Override public String name() { return "koishi-workload"; }

  @Override public void apply(Context ctx, Void config) {
    this.ctx = ctx;
    ctx.model().extend("user", Lottery.class);
    ctx.model().extend("user", MsgCount.class);
    for (int i = 0; i < NOOP_MIDDLEWARES; i++) {
      String name = "noop-" + i;
      ctx.plugin(new Named(name, c -> c.middleware((session, next) -> next.proceed(), true)), null);
    }
    ctx.plugin(new Named("msg-count", c -> {
      c.before(Hooks.ATTACH_USER, (session, fields) -> fields.add("msgCount"));
      c.middleware((session, next) -> {
        try {
          return next.proceed();
        } finally {
          MsgCount m = session.user(MsgCount.class);
          m.msgCount(m.msgCount() + 1);
        }
      }, true);
    }), null);
    ctx.plugin(new Named("lottery", c -> c.command("lottery").userFields("items", "counter").action((argv, session) -> {
      Lottery user = session.user(Lottery.class);
      user.counter(user.counter() + 1);
      String item = "item" + user.counter();
      user.items().add(item);
      return "You drew " + item + ". Draws: " + user.counter() + ", items: " + user.items().size() + ".";
    })), null);
    ctx.bot(bot);
    ctx.on(Events.SEND, sent -> probes.replied(sent.session().messageId(), BenchBot.lastSend(), sent.message().plainText()));
  }

  /** One private message from {@code user}; the probe's {@code done} completes when its session has finished. */
  Probe send(String user, String content) {
    return sendAt(user, content, System.nanoTime());
  }

  /** As {@link #send}, with the message's arrival time given ({@link System#nanoTime()}). */
  Probe sendAt(String user, String content, long arrival) {
    Probe p = probes.open();
    p.t0 = arrival;
    ctx.dispatch(bot, Inbound.direct(user, p.id, content)).whenComplete((v, e) -> p.finish(e));
    return p;
  }

  /** Sends one message per user and waits for all of them (the anchor's {@code Promise.all} over a batch). */
  List<Probe> batch(List<String> users, String content) {
    List<Probe> out = new ArrayList<>(users.size());
    for (String u : users) out.add(send(u, content));
    CompletableFuture.allOf(out.stream().map(p -> p.done).toArray(CompletableFuture[]::new)).join();
    return out;
  }

  /** The anchor's {@code resetUsers}: every user and binding removed, then {@code ids} created with authority 1. */
  void resetUsers(List<String> ids) {
    var db = ctx.database();
    db.remove("binding", Filter.ALL);
    db.remove("user", Filter.ALL);
    for (String id : ids) {
      Row user = db.create("user", Map.of("name", id, "authority", 1));
      db.create("binding", Map.of("platform", PLATFORM, "pid", id, "bid", user.get("id")));
    }
  }

  /** Counter, number of items and msgCount of a user, read from the database. */
  int[] readUser(String pid) {
    var db = ctx.database();
    List<Row> binding = db.get("binding", Filter.and(Filter.eq("platform", PLATFORM), Filter.eq("pid", pid)), "bid");
    if (binding.isEmpty()) return new int[] {0, 0, 0};
    List<Row> rows = db.get("user", Filter.eq("id", binding.getFirst().get("bid")), "counter", "items", "msgCount");
    Row r = rows.getFirst();
    List<?> items = (List<?>) r.get("items");
    return new int[] {((Number) r.get("counter")).intValue(), items == null ? 0 : items.size(), ((Number) r.get("msgCount")).intValue()};
  }

  /** A plugin made of a name and a body: the anchor puts each middleware in a plugin of its own. */
  private record Named(String name, java.util.function.Consumer<Context> body) implements Plugin<Void> {
    @Override public void apply(Context ctx, Void config) { body.accept(ctx); }
  }
}
