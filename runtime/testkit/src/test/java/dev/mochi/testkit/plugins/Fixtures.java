package dev.mochi.testkit.plugins;

import dev.mochi.testkit.PluginJar;

/** Plugin jars the tests build: small, real plugins written as their authors would. */
final class Fixtures {
  private Fixtures() {}

  /** A plugin whose command {@code name} answers {@code answer}; its config record has one key, {@code greeting}. */
  static PluginJar answering(String id, String command, String answer) {
    String cls = "fixture." + id.replace("-", "") + ".Answer";
    return PluginJar.id(id).source(cls, """
        package %s;

        import dev.mochi.api.Context;
        import dev.mochi.api.Plugin;
        import org.pf4j.Extension;

        @Extension
        public final class Answer implements Plugin<Answer.Config> {
          public record Config(String greeting) {}

          @Override public String name() { return "%s"; }

          @Override public void apply(Context ctx, Config config) {
            String prefix = config.greeting() == null ? "" : config.greeting() + " ";
            ctx.command("%s").action((argv, session) -> prefix + "%s");
          }
        }
        """.formatted(cls.substring(0, cls.lastIndexOf('.')), id, command, answer));
  }

  /**
   * A plugin with a command {@code tick} (answers its greeting and the ticks so far), a fast timer and an hourly one
   * counting into the host's {@code AtomicLong} service, and a {@code Consumer} service told its class loader.
   */
  static PluginJar ticker(String id) {
    return PluginJar.id(id).source("fixture.ticker.Ticker", """
        package fixture.ticker;

        import dev.mochi.api.Context;
        import dev.mochi.api.Plugin;
        import java.time.Duration;
        import java.util.concurrent.atomic.AtomicLong;
        import java.util.function.Consumer;
        import org.pf4j.Extension;

        @Extension
        public final class Ticker implements Plugin<Ticker.Config> {
          public record Config(String greeting, int periodMillis) {}

          @Override public String name() { return "%s"; }

          @Override @SuppressWarnings("unchecked")
          public void apply(Context ctx, Config config) {
            AtomicLong ticks = ctx.get(AtomicLong.class).orElseThrow();
            ctx.get(Consumer.class).ifPresent(c -> c.accept(getClass().getClassLoader()));
            ctx.every(Duration.ofMillis(config.periodMillis() == 0 ? 5 : config.periodMillis()), ticks::incrementAndGet);
            ctx.every(Duration.ofHours(1), ticks::incrementAndGet);
            ctx.command("tick").action((argv, session) -> config.greeting() + " " + (ticks.get() > 0 ? "ticking" : "idle"));
          }
        }
        """.formatted(id));
  }
}
