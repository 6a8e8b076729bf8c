package dev.mochi.console;

import dev.mochi.api.Context;
import dev.mochi.api.MochiException;
import dev.mochi.api.console.Console;
import dev.mochi.api.resource.Grant;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;

/**
 * One running console: the registries (listeners, data services, entries, channels, publishers, connections) and the
 * Javalin server in front of them. {@link #start()} binds the port; {@link #stop()} closes every socket and the port.
 *
 * <p>The HTTP server itself (Jetty and Javalin, about 650 classes and a quarter second of a start) is started when the
 * first connection arrives: {@link #start()} binds the listening socket, so the port is taken and connections queue
 * from the start, and a thread waits for the first one and then starts Jetty on that same socket, which accepts it. A
 * bot nobody opens the console of never loads the server.
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
  /** The listening socket, bound by {@link #start()}; Jetty takes it over on the first connection. */
  private ServerSocketChannel channel;
  private int port;
  private Thread starter;
  /** The selector {@link #starter} waits on for the first connection; woken by {@link #stop()}. */
  private volatile Selector waiting;
  /** Guards {@link #javalin} and {@link #stopped} between the starter thread and {@link #stop()}. */
  private final Object lifecycle = new Object();
  private Javalin javalin;
  private boolean stopped;

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
  int port() { return port; }

  /** Whether the HTTP server has started (it starts on the first connection). */
  boolean serving() {
    synchronized (lifecycle) {
      return javalin != null;
    }
  }

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
    channel = bind();
    port = channel.socket().getLocalPort();
    guard.port(port);
    starter = Thread.ofPlatform().daemon().name("mochi-console-start")
        .start(() -> serveOnFirstConnection(sockets, http));
    log.info("Console listening on {}", baseUrl());
    sessions.accounts().pendingSetup().ifPresent(secret ->
        log.info("Console: set up the owner's login at {}/#/setup?secret={} (the link works once)", baseUrl(), secret));
  }

  private ServerSocketChannel bind() {
    ServerSocketChannel ch = null;
    try {
      ch = ServerSocketChannel.open();
      ch.bind(new InetSocketAddress(config.host(), config.port()), 128);
      return ch;
    } catch (IOException | RuntimeException e) {
      if (ch != null) {
        try {
          ch.close();
        } catch (IOException ignored) {
          // the bind failed; nothing is listening
        }
      }
      String why = e instanceof BindException ? "the port is in use, or the address is not this machine's"
          : String.valueOf(e.getMessage());
      throw new MochiException("The console cannot listen on " + config.host() + ":" + config.port() + ": " + why
          + "; set plugins.console.host and plugins.console.port in bot.yml", e);
    }
  }

  /** Waits for the first connection on {@link #channel} without taking it, then starts Jetty on the channel. */
  private void serveOnFirstConnection(SocketRoutes sockets, HttpRoutes http) {
    try (Selector selector = Selector.open()) {
      waiting = selector;
      channel.configureBlocking(false);
      SelectionKey key = channel.register(selector, SelectionKey.OP_ACCEPT);
      while (selector.select() == 0) {
        synchronized (lifecycle) {
          if (stopped) return;
        }
      }
      key.cancel();
      selector.selectNow();
      channel.configureBlocking(true);
    } catch (ClosedChannelException | ClosedSelectorException e) {
      return;
    } catch (IOException e) {
      if (!isStopped()) log.error("The console stopped listening on {}: {}", baseUrl(), e.toString());
      return;
    }
    long began = System.nanoTime();
    try {
      synchronized (lifecycle) {
        if (stopped) return;
        javalin = server(sockets, http);
        sockets.startHeartbeat();
      }
      log.debug("Console server started on the first connection in {} ms", (System.nanoTime() - began) / 1_000_000);
    } catch (RuntimeException | LinkageError e) {
      log.error("The console's server failed to start; the console is closed until the bot restarts", e);
      closeChannel();
    }
  }

  private boolean isStopped() {
    synchronized (lifecycle) {
      return stopped;
    }
  }

  /** Javalin with one connector on the bound {@link #channel}, started. */
  private Javalin server(SocketRoutes sockets, HttpRoutes http) {
    ClassLoader own = ConsoleServer.class.getClassLoader();
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(own);
    try {
      Javalin app = Javalin.create(cfg -> {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        // the watcher is a thread that sleeps 5 s holding the server (and so this plugin's class loader) to warn about
        // a server never started; we start it at once, and an unload within those 5 s would leak the loader
        cfg.startup.startupWatcherEnabled = false;
        cfg.concurrency.useVirtualThreads = true;
        cfg.http.maxRequestSize = Math.max(config.maxBody(), config.maxUpload());
        cfg.jetty.addConnector((server, httpConfig) -> {
          ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
          // what Jetty's and Javalin's log lines show; the socket is the one bound already
          connector.setHost(config.host());
          connector.setPort(port);
          try {
            connector.open(channel);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return connector;
        });
        cfg.jetty.modifyWebSocketServletFactory(f -> {
          // Jetty's own limit closes the socket (1009); below it, an oversized frame is answered and the socket lives.
          f.setMaxTextMessageSize(4L * config.maxFrame());
          f.setIdleTimeout(Duration.ofSeconds(config.heartbeatTimeout() * 2L));
        });
        sockets.register(cfg);
        http.register(cfg);
        new StaticFiles(entries, own).register(cfg);
      });
      app.start();
      return app;
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private void closeChannel() {
    try {
      channel.close();
    } catch (IOException e) {
      log.debug("Closing the console's socket: {}", e.toString());
    }
  }

  /** Where browsers reach the console: {@code public-url}, else from host and port. */
  String baseUrl() {
    if (!config.publicUrl().isEmpty()) return config.publicUrl().replaceAll("/+$", "");
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    if (host.equals("0.0.0.0") || host.equals("[::]")) host = "127.0.0.1";
    return "http://" + host + ":" + port;
  }

  void stop() {
    for (Connection c : clients.sockets()) c.close(1001, "the console is stopping");
    Javalin running;
    synchronized (lifecycle) {
      stopped = true;
      running = javalin;
    }
    if (running != null) {
      running.stop();
    } else if (channel != null) {
      Selector w = waiting;
      if (w != null) w.wakeup();
      closeChannel();
    }
    if (starter != null) {
      try {
        starter.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Exposed for a test that needs the service without a context. */
  Console service() { return console; }
}
