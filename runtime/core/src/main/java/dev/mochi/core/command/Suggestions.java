package dev.mochi.core.command;

import dev.mochi.api.Session;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pending suggestions: after "Did you mean "foo"?", a reply of {@code .} (or {@code 。}) from the same user in the
 * same channel runs the suggested line. Any other message from them cancels it, and it expires after the prompt
 * timeout, so a stray period much later does nothing.
 */
final class Suggestions {
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  private record Pending(String line, long expiresAt) {}

  private static String key(Session s) {
    return s.platform() + '\u0000' + s.selfId() + '\u0000' + s.channelId() + '\u0000' + s.userId();
  }

  void remember(Session session, String line, Duration ttl) {
    pending.put(key(session), new Pending(line, System.nanoTime() + ttl.toNanos()));
  }

  /** The suggested line when {@code session} accepts a pending suggestion; either way the suggestion is gone. */
  String take(Session session) {
    if (pending.isEmpty()) return null;
    Pending p = pending.remove(key(session));
    if (p == null || System.nanoTime() - p.expiresAt() > 0) return null;
    String content = session.content().strip();
    return content.equals(".") || content.equals("。") ? p.line() : null;
  }
}
