package dev.mochi.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.console.Console;
import dev.mochi.core.plugin.PluginInfo;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.MochiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The packaged console is a plugin jar like any other: Javalin, Jetty and Jackson's databind inside, the host's shared
 * packages not; loaded through PF4J it serves the web client and the socket, a plugin from elsewhere reaches it
 * through ctx.inject, and unloading it closes the port and leaves no class loader behind.
 */
@Timeout(120)
class ConsolePluginJarIT {
  static final Path JAR = Path.of(System.getProperty("mochi.console.jar", "target/mochi-console-0.1.0-SNAPSHOT.jar"));

  @RegisterExtension final MochiTest mochi = MochiTest.create()
      .pluginConfig("console", "port: 0")
      .plugin(new Fixture.Probe((ctx, console) -> {
        console.data("from-elsewhere", () -> "hello from another plugin", 0);
        console.addListener("twice", (c, a) -> a.get("n", Integer.class) * 2);
      }), null);

  @Test void theJarCarriesJavalinButNotTheHostsPackages() throws IOException {
    assertThat(JAR).exists();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> names = Collections.list(jar.entries()).stream().map(java.util.zip.ZipEntry::getName).toList();
      assertThat(names).contains("dev/mochi/console/ConsolePlugin.class", "io/javalin/Javalin.class",
          "org/eclipse/jetty/server/Server.class", "com/fasterxml/jackson/databind/ObjectMapper.class",
          "at/favre/lib/crypto/bcrypt/BCrypt.class", "web/index.html");
      assertThat(names).noneMatch(n -> n.startsWith("dev/mochi/api/") || n.startsWith("org/slf4j/")
          || n.startsWith("org/pf4j/") || n.startsWith("com/fasterxml/jackson/annotation/"));
      assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/extensions.idx")).readAllBytes()))
          .contains("dev.mochi.console.ConsolePlugin");
      assertThat(jar.getManifest().getMainAttributes().getValue("Plugin-Id")).isEqualTo("console");
    }
  }

  @Test void loadedThroughPf4jItServesTheClientAndTheSocketAndUnloadsCleanly() throws Exception {
    Path copy = Files.copy(JAR, mochi.directory().resolve(JAR.getFileName()));
    PluginInfo info = mochi.plugins().install(copy);
    assertThat(info.state()).as(info.error().orElse("")).isEqualTo(PluginState.ACTIVE);
    assertThat(consoleLoader()).as("the console's classes come from the plugin jar")
        .isNotSameAs(ConsolePlugin.class.getClassLoader());
    int port = port();

    Http.Answer index = Http.get(port, "/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.text()).contains("importmap");
    try (Ws ws = Ws.connect(port)) {
      assertThat(ws.data("from-elsewhere").get("data").asText()).isEqualTo("hello from another plugin");
      assertThat(ws.call("twice", Map.of("n", 21)).get("data").asInt()).isEqualTo(42);
      Matcher m = Pattern.compile("secret=([A-Za-z0-9_-]{43})").matcher(String.join("\n", mochi.logs().containing("setup?secret=")));
      assertThat(m.find()).isTrue();
      JsonNode owner = ws.call("setup", Map.of("secret", m.group(1), "name", "owner", "password", "through-the-jar"));
      assertThat(owner.at("/data/user/authority").asInt()).as(owner.toString()).isEqualTo(5);
      assertThat(ws.data("plugins").get("data").toString()).contains("\"console\"");
    }

    mochi.plugins().disable("console");
    assertThat(mochi.app().root().get(Console.class)).isEmpty();
    assertThat(reachable(port)).as("the port is closed").isFalse();
    assertThat(mochi.plugins().checkLeaks()).as("no class loader of the console is left behind").doesNotContain("console");
  }

  /** The console service's class loader (no reference to the service stays in the test). */
  private ClassLoader consoleLoader() {
    return mochi.app().root().get(Console.class).orElseThrow().getClass().getClassLoader();
  }

  private int port() {
    Matcher m = Pattern.compile("Console listening on http://127\\.0\\.0\\.1:(\\d+)")
        .matcher(String.join("\n", mochi.logs().containing("Console listening on")));
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static boolean reachable(int port) {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
