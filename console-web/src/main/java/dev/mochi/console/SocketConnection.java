package dev.mochi.console;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.IteratingCallback;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * A WebSocket connection. Pushes may come from any thread; they are queued and written one at a time (Jetty's
 * {@link IteratingCallback} drains the queue without recursion). A client that does not read its messages is
 * closed when its queue passes {@code maxQueued} messages, so a slow client costs bounded memory.
 */
final class SocketConnection extends Connection {
  private final Session session;
  private final int maxQueued;
  private final ArrayDeque<String> queue = new ArrayDeque<>();
  private final Writer writer = new Writer();
  private final RateLimit rate;
  private volatile long lastSeen = System.nanoTime();
  private volatile boolean closed;

  SocketConnection(Session session, String address, int maxQueued, RateLimit rate) {
    super("ws-", address);
    this.session = session;
    this.maxQueued = maxQueued;
    this.rate = rate;
  }

  @Override void push(String json) {
    if (closed) return;
    boolean overflow;
    synchronized (queue) {
      overflow = queue.size() >= maxQueued;
      if (!overflow) queue.add(json);
    }
    if (overflow) {
      close(1008, "too many unread messages");
      return;
    }
    writer.iterate();
  }

  @Override void close(int code, String reason) {
    closed = true;
    if (session.isOpen()) session.close(code, reason, Callback.NOOP);
  }

  @Override boolean persistent() { return true; }

  @Override public boolean open() { return !closed && session.isOpen(); }

  /** Marks the socket as heard from now. */
  void heard() { lastSeen = System.nanoTime(); }

  /** Whether nothing arrived for longer than {@code millis}. */
  boolean silentFor(long millis) {
    return System.nanoTime() - lastSeen > TimeUnit.MILLISECONDS.toNanos(millis);
  }

  /** Takes one request from the socket's budget; false when it is over its rate. */
  boolean allow() { return rate.take(System.nanoTime()); }

  void markClosed() { closed = true; }

  private final class Writer extends IteratingCallback {
    @Override protected Action process() {
      String next;
      synchronized (queue) {
        next = queue.poll();
      }
      if (next == null) return Action.IDLE;
      if (!session.isOpen()) {
        synchronized (queue) {
          queue.clear();
        }
        return Action.IDLE;
      }
      session.sendText(next, Callback.from(this::succeeded, this::failed));
      return Action.SCHEDULED;
    }

    @Override protected void onCompleteFailure(Throwable cause) {
      closed = true;
      synchronized (queue) {
        queue.clear();
      }
    }
  }
}
