package dev.mochi.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.console.DataService;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Data services: authority, refresh, patch, per-user values, removal with the plugin; entries from the jar. */
class DataServiceTest {
  static final List<String> items = new CopyOnWriteArrayList<>();
  static final AtomicReference<DataService<List<String>>> secret = new AtomicReference<>();

  @RegisterExtension final MochiTest mochi = Fixture.console((ctx, console) -> {
    items.clear();
    items.add("sword");
    secret.set(console.data("secret", () -> List.copyOf(items), 3));
    console.data("mine", c -> "hello " + c.user().map(u -> u.name()).orElse("nobody"), 1);
  });

  static final PluginJar SHOP = PluginJar.id("shop").source("demo.Shop", """
      package demo;
      import dev.mochi.api.console.Console;
      @org.pf4j.Extension
      public final class Shop implements dev.mochi.api.Plugin<Void> {
        public void apply(dev.mochi.api.Context ctx, Void config) {
          ctx.inject(Console.class, console -> {
            console.data("shop", () -> java.util.List.of("apple"), 3);
            console.addEntry("console/shop.js");
          });
        }
      }""")
      .resource("console/shop.js", "export default (ctx) => ctx.addPage({ name: 'Shop', path: '/shop' })\n")
      .resource("console/util.js", "export const x = 1\n")
      .resource("secret.txt", "not for the browser\n");

  @Test void anAuthority3ServiceReachesOnlyAuthority3AndNeverShowsItsKeyToOthers() {
    try (Ws anonymous = Ws.connect(Fixture.port(mochi));
         Ws two = Fixture.login(mochi, "bob", 2);
         Ws three = Fixture.login(mochi, "carol", 3)) {
      assertThat(three.data("secret").get("data").toString()).isEqualTo("[\"sword\"]");
      items.add("shield");
      secret.get().refresh();
      assertThat(three.data("secret").get("data").toString()).isEqualTo("[\"sword\",\"shield\"]");
      items.add("bow");
      secret.get().patch(List.of("bow"));
      JsonNode patch = three.next(m -> "patch".equals(m.path("type").asText()));
      assertThat(patch.get("key").asText()).isEqualTo("secret");
      assertThat(patch.get("data").toString()).isEqualTo("[\"bow\"]");
      anonymous.none(m -> m.toString().contains("secret"), Duration.ofMillis(300));
      two.none(m -> m.toString().contains("secret"), Duration.ofMillis(100));
    }
  }

  @Test void aPerUserValueDiffersBetweenTwoUsers() {
    try (Ws a = Fixture.login(mochi, "dora", 1); Ws b = Fixture.login(mochi, "emil", 1)) {
      assertThat(a.next(m -> Ws.ofKey("mine").test(m) && !m.get("data").isNull()).get("data").asText()).isEqualTo("hello dora");
      assertThat(b.next(m -> Ws.ofKey("mine").test(m) && !m.get("data").isNull()).get("data").asText()).isEqualTo("hello emil");
    }
  }

  @Test void unloadingThePluginRemovesItsServiceAndEntryAndTellsTheClients() {
    mochi.pluginJar(SHOP);
    int port = Fixture.port(mochi);
    try (Ws three = Fixture.login(mochi, "fay", 3)) {
      assertThat(three.data("shop").get("data").toString()).isEqualTo("[\"apple\"]");
      JsonNode entries = three.next(m -> Ws.ofKey("entries").test(m) && m.get("data").toString().contains("shop"));
      assertThat(entries.at("/data/0/url").asText()).isEqualTo("/entries/shop/console/shop.js");
      Http.Answer js = Http.get(port, "/entries/shop/console/shop.js");
      assertThat(js.status()).isEqualTo(200);
      assertThat(js.text()).contains("addPage");
      assertThat(Http.get(port, "/entries/shop/console/util.js").status()).as("a file beside it").isEqualTo(200);
      assertThat(Http.get(port, "/entries/shop/secret.txt").status()).as("outside the entry's folder").isEqualTo(403);
      assertThat(Http.get(port, "/entries/shop/console/%2e%2e/secret.txt").status()).isIn(400, 403, 404);
      assertThat(Http.raw(port, "GET /entries/shop/console/../secret.txt HTTP/1.1\r\nHost: 127.0.0.1:" + port
          + "\r\nConnection: close\r\n\r\n")).isIn(400, 403, 404);
      assertThat(Http.get(port, "/entries/shop/dev/mochi/console/ConsolePlugin.class").status()).isEqualTo(403);

      mochi.plugins().disable("shop");
      JsonNode gone = three.next(m -> Ws.ofKey("shop").test(m) && m.path("gone").asBoolean());
      assertThat(gone.get("data").isNull()).isTrue();
      three.next(m -> Ws.ofKey("entries").test(m) && !m.get("data").toString().contains("shop"));
      assertThat(Http.get(port, "/entries/shop/console/shop.js").status()).isEqualTo(404);
    }
  }

  @Test void theWebClientAndWebjarsAreServedAndPathsThatLeaveThemAreRefused() {
    int port = Fixture.port(mochi);
    Http.Answer index = Http.get(port, "/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.text()).containsIgnoringCase("<html");
    assertThat(Http.get(port, "/nope.js").status()).isEqualTo(404);
    assertThat(Http.raw(port, "GET /../pom.xml HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n"))
        .isIn(400, 404);
    assertThat(Http.get(port, "/dev/mochi/console/ConsolePlugin.class").status()).isEqualTo(404);
  }
}
