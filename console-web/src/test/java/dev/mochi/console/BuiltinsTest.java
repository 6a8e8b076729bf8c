package dev.mochi.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The built-in services on the kernel's: bots, status, logs, commands, plugins, users. */
class BuiltinsTest {
  @RegisterExtension final MochiTest mochi = Fixture.console((ctx, console) -> {});

  static final PluginJar CONFIGURED = PluginJar.id("dice").source("demo.Dice", """
      package demo;
      @org.pf4j.Extension
      public final class Dice implements dev.mochi.api.Plugin<Dice.Config> {
        public record Config(Integer sides) {
          public Config { if (sides == null) sides = 6; if (sides < 2) throw new IllegalArgumentException("sides must be at least 2"); }
        }
        public void apply(dev.mochi.api.Context ctx, Config config) {
          ctx.command("dice").action((argv, s) -> "1.." + config.sides());
        }
      }""");

  @Test void anOwnerReceivesBotsStatusLogsCommandsAndPlugins() {
    try (Ws owner = Fixture.login(mochi, "olga", 5)) {
      assertThat(owner.data("bots").get("data").toString()).contains("\"status\"");
      JsonNode status = owner.data("status").get("data");
      assertThat(status.get("heapUsed").asLong()).isPositive();
      assertThat(status.get("messagesPerMinute").isArray()).isTrue();
      assertThat(owner.data("logs").get("data").isArray()).isTrue();
      assertThat(owner.data("commands").get("data").isArray()).isTrue();
      assertThat(owner.data("plugins").get("data").toString()).contains("\"console\"");
      mochi.app().root().logger().info("a line for the console's log page");
      JsonNode patch = owner.next(m -> "patch".equals(m.path("type").asText()) && Ws.ofKey("logs").test(m)
          && m.toString().contains("a line for the console's log page"));
      assertThat(patch.get("data").isArray()).isTrue();
    }
  }

  @Test void pluginsAreManagedByAuthority4AndAnInvalidConfigNamesItsField() {
    mochi.pluginJar(CONFIGURED);
    try (Ws admin = Fixture.login(mochi, "pete", 4); Ws low = Fixture.login(mochi, "quin", 1)) {
      JsonNode bad = admin.call("plugins.configure", Map.of("name", "dice", "value", Map.of("sides", 1)));
      assertThat(TransportTest.code(bad)).isEqualTo("request_invalid");
      assertThat(bad.at("/error/detail/fields").toString()).contains("sides");
      JsonNode good = admin.call("plugins.configure", Map.of("name", "dice", "value", Map.of("sides", 20)));
      assertThat(good.at("/data/state").asText()).as(good.toString()).isEqualTo("active");
      assertThat(good.at("/data/config/sides").asInt()).isEqualTo(20);
      assertThat(admin.call("plugins.disable", Map.of("id", "dice")).at("/data/state").asText()).isEqualTo("disabled");
      assertThat(admin.next(m -> Ws.ofKey("plugins").test(m) && m.toString().contains("\"disabled\"")).get("data")).isNotNull();
      assertThat(admin.call("plugins.enable", Map.of("id", "dice")).at("/data/state").asText()).isEqualTo("active");
      assertThat(TransportTest.code(admin.call("plugins.reload", Map.of("id", "no-such-plugin")))).isEqualTo("not_found");
      assertThat(TransportTest.code(low.call("plugins.disable", Map.of("id", "dice")))).isEqualTo("forbidden");
      low.none(m -> Ws.ofKey("plugins").test(m) || Ws.ofKey("logs").test(m), Duration.ofMillis(300));
    }
  }

  @Test void usersCanBeGivenAnAuthorityBelowTheCallersOnly() {
    try (Ws admin = Fixture.login(mochi, "rita", 4); Ws target = Fixture.login(mochi, "sam", 1)) {
      JsonNode list = admin.call("users.list", Map.of("query", "sam"));
      assertThat(list.get("data")).hasSize(1);
      long sam = list.at("/data/0/id").asLong();
      assertThat(admin.call("users.authority", Map.of("id", sam, "authority", 3)).at("/data/authority").asInt()).isEqualTo(3);
      assertThat(target.next(m -> Ws.ofKey("user").test(m) && m.at("/data/authority").asInt() == 3)).isNotNull();
      assertThat(TransportTest.code(admin.call("users.authority", Map.of("id", sam, "authority", 4)))).isEqualTo("forbidden");
      long rita = admin.call("users.list", Map.of("query", "rita")).at("/data/0/id").asLong();
      assertThat(TransportTest.code(admin.call("users.authority", Map.of("id", rita, "authority", 1)))).isEqualTo("forbidden");
      JsonNode page = admin.call("users.list", Map.of());
      assertThat(page.at("/meta/count").asLong()).isGreaterThanOrEqualTo(2);
    }
  }
}
