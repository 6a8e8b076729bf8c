package dev.mochi.console;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.console.Console;
import dev.mochi.testkit.MochiTest;
import java.util.function.BiConsumer;

/** A bot with the console on a random port, and a test plugin that uses the console through ctx.inject. */
final class Fixture {
  private Fixture() {}

  /** What a test registers through the console (as a plugin would). */
  static final class Probe implements Plugin<Void> {
    private final BiConsumer<Context, Console> body;

    Probe(BiConsumer<Context, Console> body) {
      this.body = body;
    }

    @Override public String name() { return "probe"; }

    @Override public void apply(Context ctx, Void config) {
      ctx.inject(Console.class, body);
    }
  }

  static MochiTest console(ConsolePlugin.Config config, BiConsumer<Context, Console> probe) {
    return MochiTest.create().plugin(new ConsolePlugin(), config).plugin(new Probe(probe), null);
  }

  static MochiTest console(BiConsumer<Context, Console> probe) {
    return console(ConsolePlugin.Config.defaults().withPort(0), probe);
  }

  static ConsoleServer server(MochiTest mochi) {
    return ((ConsoleService) mochi.app().root().get(Console.class).orElseThrow()).server();
  }

  /** A user of {@code authority} in the user table and a token for them (as a login would issue). */
  static String token(MochiTest mochi, String name, int authority) {
    ConsoleServer server = server(mochi);
    var row = server.context().database().create("user", java.util.Map.of("name", name, "authority", authority));
    long id = ((Number) row.get("id")).longValue();
    return server.sessions().tokens().issue(id, "test").getKey();
  }

  /** A socket logged in as a new user of {@code authority}. */
  static Ws login(MochiTest mochi, String name, int authority) {
    Ws ws = Ws.connect(port(mochi));
    var r = ws.call("auth", java.util.Map.of("token", token(mochi, name, authority)));
    if (!r.get("ok").asBoolean()) throw new AssertionError("auth failed: " + r);
    return ws;
  }

  static int port(MochiTest mochi) {
    return server(mochi).port();
  }
}
