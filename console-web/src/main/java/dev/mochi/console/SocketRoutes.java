package dev.mochi.console;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The socket at {@code /ws}. The upgrade is refused (403) for a foreign {@code Host} or {@code Origin}. A connection
 * joins {@code anonymous} and receives the data services it may see; each frame is handled on the thread Jetty
 * delivered it on (a virtual thread), so a connection's requests run in the order they were sent and a client that
 * sends faster than it is answered is slowed down by its own socket. A socket silent for longer than the heartbeat
 * timeout is closed (4000).
 */
final class SocketRoutes {
  static final int SILENT = 4000;

  private final ConsoleServer server;
  private final Frames frames;
  private final Map<String, SocketConnection> bySession = new ConcurrentHashMap<>();

  SocketRoutes(ConsoleServer server) {
    this.server = server;
    this.frames = new Frames(server);
  }

  void register(JavalinConfig cfg) {
    cfg.routes.wsBeforeUpgrade("/ws", ctx -> {
      String problem = server.guard().hostProblem(ctx.host());
      if (problem == null) problem = server.guard().originProblem(ctx.header("Origin"), ctx.host());
      if (problem != null) {
        server.log().info("Console: refused a socket from {}: {}", ctx.ip(), problem);
        throw new HttpResponseException(403, problem);
      }
    });
    cfg.routes.ws("/ws", ws -> {
      ws.onConnect(this::connected);
      ws.onMessage(this::message);
      ws.onClose(this::closed);
      ws.onError(ctx -> {
        SocketConnection c = bySession.get(ctx.sessionId());
        if (c != null) c.markClosed();
      });
    });
  }

  private void connected(WsConnectContext ctx) {
    ConsolePlugin.Config config = server.config();
    SocketConnection c = new SocketConnection(ctx.session, address(ctx.session.getRemoteSocketAddress()), 10_000,
        new RateLimit(config.rate(), config.burst(), System.nanoTime()));
    bySession.put(ctx.sessionId(), c);
    server.clients().add(c);
    server.hub().connected(c);
    server.data().sendAll(c);
    server.sessions().trustLocal(c);
  }

  private void message(WsMessageContext ctx) {
    SocketConnection c = bySession.get(ctx.sessionId());
    if (c == null) return;
    c.heard();
    String answer = frames.socketFrame(c, ctx.message());
    if (answer != null) c.push(answer);
  }

  private void closed(WsCloseContext ctx) {
    forget(ctx);
  }

  private void forget(WsContext ctx) {
    SocketConnection c = bySession.remove(ctx.sessionId());
    if (c == null) return;
    c.markClosed();
    // out of every channel before out of the list: a connection no longer listed is gone everywhere
    server.hub().closed(c);
    server.auth().closed(c);
    server.clients().remove(c);
  }

  /** Closes sockets that stayed silent for longer than the heartbeat timeout. */
  void startHeartbeat() {
    long timeoutMs = server.config().heartbeatTimeout() * 1000L;
    Duration period = Duration.ofMillis(Math.max(250, timeoutMs / 4));
    server.context().every(period, () -> {
      for (SocketConnection c : bySession.values()) {
        if (c.silentFor(timeoutMs)) c.close(SILENT, "no heartbeat for " + server.config().heartbeatTimeout() + " s");
      }
    });
  }

  static String address(SocketAddress a) {
    return a instanceof InetSocketAddress inet ? inet.getAddress().getHostAddress() : String.valueOf(a);
  }
}
