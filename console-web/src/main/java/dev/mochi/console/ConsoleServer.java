package dev.mochi.console;

import dev.mochi.api.Context;
import dev.mochi.api.console.Console;
import dev.mochi.api.resource.Grant;
import io.javalin.Javalin;
import java.time.Duration;
import org.slf4j.Logger;

/**
 * One running console: the registries (listeners, data services, entries, channels, publishers, connections) and the
 * Javalin server in front of them. {@link #start()} binds the port; {@link #stop()} closes every socket and the port.
 */
final class ConsoleServer {
  private final Context ctx;
  private final ConsolePlugin.Config config;
  private final Logger log;
  private final Listeners listeners = new Listeners();
  private final Requests requests;
  private final ChannelHub hub = new ChannelHub();
  private final Publishers publishers;
  private final Clients clients = new Clients();
  private final DataServices data;
  private final Entries entries = new Entries();
  private final Guard guard;
  private final ConsoleService console;
  private final Sessions sessions;
  private AuthActions auth;
  private Javalin javalin;

  ConsoleServer(Context ctx, ConsolePlugin.Config config) {
    this.ctx = ctx;
    this.config = config;
    this.log = ctx.logger();
    this.requests = new Requests(listeners, log);
    this.publishers = new Publishers(log);
    this.data = new DataServices(clients, log);
    this.guard = new Guard(config.host(), config.allowedHosts(), config.allowedOrigins());
    this.console = new ConsoleService(this, null);
    this.sessions = new Sessions(this);
  }

  Context context() { return ctx; }

  ConsolePlugin.Config config() { return config; }

  Logger log() { return log; }

  Listeners listeners() { return listeners; }

  Requests requests() { return requests; }

  ChannelHub hub() { return hub; }

  Publishers publishers() { return publishers; }

  Clients clients() { return clients; }

  DataServices data() { return data; }

  Entries entries() { return entries; }

  Guard guard() { return guard; }

  ConsoleService console() { return console; }

  Sessions sessions() { return sessions; }

  AuthActions auth() { return auth; }

  /** The port it listens on (the real one when configured as 0). */
  int port() { return javalin.port(); }

  void start() {
    Accounts.declare(ctx.model());
    Tokens.declare(ctx.model());
    // logins and tokens are no resource anyone may read or write, not even the owner
    ctx.resources().grant(Grant.deny(Accounts.TABLE));
    ctx.resources().grant(Grant.deny(Tokens.TABLE));
    sessions.storage(new Accounts(ctx.database()), new Tokens(ctx.database(), Duration.ofDays(config.tokenDays())));
    ctx.i18n().load(ConsolePlugin.class);
    auth = new AuthActions(this);
    auth.register(ctx);
    entries.service(console.data("entries", entries::list));
    new Builtins(this).register(ctx);
    console.publish((d, e) -> hub.named(ChannelHub.AUTHENTICATED));
    ResourceBinding.install(this);
    SocketRoutes sockets = new SocketRoutes(this);
    HttpRoutes http = new HttpRoutes(this);
    ClassLoader own = ConsoleServer.class.getClassLoader();
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(own);
    try {
      javalin = Javalin.create(cfg -> {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        // the watcher is a thread that sleeps 5 s holding the server (and so this plugin's class loader) to warn about
        // a server never started; we start it at once, and an unload within those 5 s would leak the loader
        cfg.startup.startupWatcherEnabled = false;
        cfg.concurrency.useVirtualThreads = true;
        cfg.http.maxRequestSize = Math.max(config.maxBody(), config.maxUpload());
        cfg.jetty.host = config.host();
        cfg.jetty.port = config.port();
        cfg.jetty.modifyWebSocketServletFactory(f -> {
          // Jetty's own limit closes the socket (1009); below it, an oversized frame is answered and the socket lives.
          f.setMaxTextMessageSize(4L * config.maxFrame());
          f.setIdleTimeout(Duration.ofSeconds(config.heartbeatTimeout() * 2L));
        });
        sockets.register(cfg);
        http.register(cfg);
        new StaticFiles(entries, own).register(cfg);
      });
      javalin.start();
    } finally {
      thread.setContextClassLoader(before);
    }
    guard.port(javalin.port());
    sockets.startHeartbeat();
    log.info("Console listening on {}", baseUrl());
    sessions.accounts().pendingSetup().ifPresent(secret ->
        log.info("Console: set up the owner's login at {}/#/setup?secret={} (the link works once)", baseUrl(), secret));
  }

  /** Where browsers reach the console: {@code public-url}, else from host and port. */
  String baseUrl() {
    if (!config.publicUrl().isEmpty()) return config.publicUrl().replaceAll("/+$", "");
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    if (host.equals("0.0.0.0") || host.equals("[::]")) host = "127.0.0.1";
    return "http://" + host + ":" + javalin.port();
  }

  void stop() {
    for (Connection c : clients.sockets()) c.close(1001, "the console is stopping");
    if (javalin != null) javalin.stop();
  }

  /** Exposed for a test that needs the service without a context. */
  Console service() { return console; }
}
