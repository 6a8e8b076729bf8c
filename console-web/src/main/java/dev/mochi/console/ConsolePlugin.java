package dev.mochi.console;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.console.Console;
import java.util.List;
import java.util.Objects;
import org.pf4j.Extension;

/**
 * The web console: serves the browser client, the socket at {@code /ws} and the HTTP routes under {@code /api},
 * and provides the {@link Console} service plugins add their data, listeners and pages through.
 *
 * <pre>{@code
 * plugins:
 *   console:
 *     host: 127.0.0.1     # only this machine can reach it
 *     port: 5140
 * }</pre>
 */
@Extension
public final class ConsolePlugin implements Plugin<ConsolePlugin.Config> {

  /**
   * The console's configuration ({@code plugins.console} in {@code bot.yml}); docs/console.md describes each key.
   *
   * @param host the address to listen on
   * @param port the port (0: any free one, for tests)
   * @param appId the JianghuJS app id of {@code POST /<app-id>/resource}
   * @param allowedHosts extra {@code Host} values accepted (a reverse proxy's name)
   * @param allowedOrigins extra {@code Origin} values accepted
   * @param maxFrame the largest socket frame, in bytes
   * @param maxBody the largest HTTP body, in bytes
   * @param maxUpload the largest plugin jar upload, in bytes
   * @param rate requests per second one connection may send on average
   * @param burst requests one connection may send at once
   * @param heartbeatTimeout seconds a socket may stay silent before it is closed
   * @param tokenDays days a login lasts since it was last used
   * @param trustLocal whether connections from 127.0.0.1 act as the owner without a login
   * @param publicUrl the address the setup link starts with (default: from host and port)
   */
  public record Config(String host, Integer port, String appId, List<String> allowedHosts, List<String> allowedOrigins,
                       Integer maxFrame, Integer maxBody, Integer maxUpload, Integer rate, Integer burst,
                       Integer heartbeatTimeout, Integer tokenDays, Boolean trustLocal, String publicUrl) {
    public Config {
      host = host == null || host.isBlank() ? "127.0.0.1" : host.strip();
      port = Objects.requireNonNullElse(port, 5140);
      if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
      appId = appId == null || appId.isBlank() ? "mochi" : appId.strip();
      if (!appId.matches("[A-Za-z0-9_-]{1,64}")) throw new IllegalArgumentException("app-id must be letters, digits, _ and -, not '" + appId + "'");
      allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
      allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
      maxFrame = positive("max-frame", maxFrame, 1 << 20);
      maxBody = positive("max-body", maxBody, 1 << 20);
      maxUpload = positive("max-upload", maxUpload, 50 << 20);
      rate = positive("rate", rate, 50);
      burst = positive("burst", burst, 200);
      heartbeatTimeout = positive("heartbeat-timeout", heartbeatTimeout, 60);
      tokenDays = positive("token-days", tokenDays, 7);
      trustLocal = Objects.requireNonNullElse(trustLocal, false);
      publicUrl = publicUrl == null ? "" : publicUrl.strip();
    }

    private static int positive(String key, Integer value, int fallback) {
      if (value == null) return fallback;
      if (value <= 0) throw new IllegalArgumentException(key + " must be positive, not " + value);
      return value;
    }

    /** The defaults: 127.0.0.1:5140. */
    public static Config defaults() {
      return new Config(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** These settings on another port. */
    public Config withPort(int value) {
      return new Config(host, value, appId, allowedHosts, allowedOrigins, maxFrame, maxBody, maxUpload, rate, burst,
          heartbeatTimeout, tokenDays, trustLocal, publicUrl);
    }
  }

  @Override public String name() { return "console"; }

  @Override public Class<Config> configType() { return Config.class; }

  @Override public void apply(Context ctx, Config config) {
    ConsoleServer server = new ConsoleServer(ctx, config == null ? Config.defaults() : config);
    server.start();
    ctx.onDispose(server::stop);
    ctx.provide(Console.class, server.console());
  }
}
