package dev.mochi.bench.discord;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.core.App;
import dev.mochi.discord.DiscordAdapter;
import dev.mochi.discord.DiscordConfig;
import dev.mochi.discord.fake.FakeChannel;
import dev.mochi.discord.fake.FakeDiscord;
import dev.mochi.discord.fake.FakeInteraction;
import dev.mochi.discord.fake.SlashOption;
import dev.mochi.discord.fake.FakeUser;
import dev.mochi.discord.fake.RestCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Connect time and reply latency of the Discord adapter, through everything a real bot runs: the fake Discord on
 * loopback (the adapter tests' server), JDA's gateway and REST clients inside the adapter, the dispatcher, the
 * command, the SQLite file and back.
 *
 * <ul>
 *   <li><b>connect</b>: from {@code app.start()} (the adapter begins logging in) until the bot is online: REST
 *       login, gateway HELLO, IDENTIFY, READY and the guild's GUILD_CREATE.
 *   <li><b>reply latency</b>: one user writes {@code echo mN}, waits for the bot's reply, writes the next: from
 *       the moment the fake dispatches MESSAGE_CREATE to the moment the bot's {@code POST /channels/.../messages}
 *       arrives. 100 warm-up messages are not counted.
 *   <li><b>slash registration</b>: with {@code slash-debounce: 0s} and 100 commands (the echo command and 99 with
 *       two arguments and an option each), from the bot being online until the bulk overwrite of its application
 *       commands arrives: describing the catalog in en-US and zh-CN, building JDA's command data, the REST call.
 *   <li><b>interaction round trip</b>: the same user uses {@code /echo message:mN}, one after the other: from the
 *       moment the fake dispatches INTERACTION_CREATE to the moment the bot's interaction callback arrives.
 * </ul>
 *
 * Arguments: messages per run (1000), runs (3). Each run is a fresh bot and a fresh fake Discord in the same JVM, so
 * the first run's connect time includes loading JDA's classes and the later ones do not.
 */
public final class DiscordBench {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int WARMUP = 100;

  private DiscordBench() {}

  /** The one command: {@code echo <message:text>}. */
  static final class Echo implements Plugin<Void> {
    @Override public String name() { return "bench-echo"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.command("echo <message:text>").action((argv, s) -> argv.arg(0, String.class));
    }
  }

  /** 99 more commands, so the registration carries Discord's maximum of 100. */
  static final class Many implements Plugin<Void> {
    @Override public String name() { return "bench-many"; }

    @Override public void apply(Context ctx, Void config) {
      for (int i = 1; i < 100; i++) {
        ctx.command("cmd" + i + " <a:integer> [b:string]", "Command number " + i)
            .option("loud", "-l, --loud shout it").action((argv, s) -> "ok");
      }
    }
  }

  record Run(double connectMs, double[] latenciesMs, double registrationMs, double[] interactionsMs) {}

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Run> results = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Run r = run(messages);
      results.add(r);
      System.out.println(String.format(Locale.ROOT, "run %d: connect %.0f ms, reply latency median %.2f ms, p99 %.2f ms, max %.2f ms (%d messages)",
          i + 1, r.connectMs(), percentile(r.latenciesMs(), 50), percentile(r.latenciesMs(), 99),
          percentile(r.latenciesMs(), 100), messages));
      System.out.println(String.format(Locale.ROOT, "run %d: slash registration of 100 commands %.0f ms, interaction "
              + "round trip median %.2f ms, p99 %.2f ms, max %.2f ms (%d interactions)", i + 1, r.registrationMs(),
          percentile(r.interactionsMs(), 50), percentile(r.interactionsMs(), 99), percentile(r.interactionsMs(), 100),
          messages));
    }
    double[] connects = results.stream().skip(1).mapToDouble(Run::connectMs).toArray();
    double[] medians = results.stream().mapToDouble(r -> percentile(r.latenciesMs(), 50)).toArray();
    double[] p99s = results.stream().mapToDouble(r -> percentile(r.latenciesMs(), 99)).toArray();
    System.out.println(String.format(Locale.ROOT, "connect: first run (cold JVM: JDA's classes load) %.0f ms, "
        + "median of the later runs %s", results.getFirst().connectMs(),
        connects.length == 0 ? "(none)" : String.format(Locale.ROOT, "%.0f ms", percentile(connects, 50))));
    System.out.println(String.format(Locale.ROOT, "reply latency, median of %d runs: median %.2f ms, p99 %.2f ms",
        runs, percentile(medians, 50), percentile(p99s, 50)));
    double[] registrations = results.stream().mapToDouble(Run::registrationMs).toArray();
    double[] slashMedians = results.stream().mapToDouble(r -> percentile(r.interactionsMs(), 50)).toArray();
    double[] slashP99s = results.stream().mapToDouble(r -> percentile(r.interactionsMs(), 99)).toArray();
    System.out.println(String.format(Locale.ROOT, "slash registration (100 commands), median of %d runs: %.0f ms; "
        + "interaction round trip: median %.2f ms, p99 %.2f ms", runs, percentile(registrations, 50),
        percentile(slashMedians, 50), percentile(slashP99s, 50)));
  }

  static Run run(int messages) throws Exception {
    Path dir = Files.createTempDirectory("mochi-bench-discord");
    try (FakeDiscord discord = FakeDiscord.start()) {
      FakeUser alice = discord.user("alice");
      FakeChannel general = discord.guild("bench").member(alice).textChannel("general");
      DiscordConfig config = DiscordConfig.defaults().withToken(discord.token())
          .withEndpoints(discord.restUrl(), discord.gatewayUrl(), false).withBehaviour(false, true, "")
          .withSlashTiming(Duration.ZERO, DiscordConfig.DEFAULT_DEFER_AFTER);
      App app = App.builder().database("jdbc:sqlite:" + dir.resolve("mochi.db"))
          .plugin(new Echo()).plugin(new Many()).plugin(new DiscordAdapter(), config).build();
      try {
        long start = System.nanoTime();
        app.start();
        discord.await(() -> app.bots().first("discord").map(Bot::status).orElse(BotStatus.OFFLINE) == BotStatus.ONLINE,
            WAIT, () -> "the bot to be online");
        long online = System.nanoTime();
        double connectMs = (online - start) / 1e6;
        RestCall put = discord.awaitCall(c -> c.method().equals("PUT") && c.path().endsWith("/commands"), WAIT,
            "the slash command registration");
        if (put.status() != 200 || put.body().size() != 100) {
          throw new IllegalStateException("registration: status " + put.status() + ", " + put.body().size() + " commands");
        }
        double registrationMs = (put.arrivedNanos() - online) / 1e6;
        double[] latencies = new double[messages];
        for (int i = 0; i < WARMUP + messages; i++) {
          int before = discord.sent(general).size();
          long sent = System.nanoTime();
          discord.say(alice, general, "echo m" + i);
          RestCall reply = discord.awaitSent(general, before + 1, WAIT).get(before);
          if (!reply.body().path("content").asText().equals("m" + i)) {
            throw new IllegalStateException("reply " + i + " was " + reply.body().path("content"));
          }
          if (i >= WARMUP) latencies[i - WARMUP] = (reply.arrivedNanos() - sent) / 1e6;
        }
        double[] interactions = new double[messages];
        for (int i = 0; i < WARMUP + messages; i++) {
          FakeInteraction call = discord.interact(alice, general, "echo", SlashOption.string("message", "s" + i));
          RestCall answer = discord.awaitAnswers(call, 1, WAIT).getFirst();
          if (answer.status() != 200 || !FakeDiscord.answerText(answer).equals("s" + i)) {
            throw new IllegalStateException("answer " + i + " was " + answer);
          }
          if (i >= WARMUP) interactions[i - WARMUP] = (answer.arrivedNanos() - call.createdNanos()) / 1e6;
        }
        return new Run(connectMs, latencies, registrationMs, interactions);
      } finally {
        app.close(Duration.ofSeconds(20));
        try (var walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
