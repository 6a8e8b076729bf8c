package dev.mochi.console;

import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Codes said in chat (Koishi's platform login): a connection asks for a 6-digit code, its user sends the code to the
 * bot from their chat account within {@code lifetime}, and then the connection becomes that chat user
 * ({@link Purpose#LOGIN}) or that chat account is bound to the connection's user ({@link Purpose#BIND}). One pending
 * code per connection (a new one replaces it); a code is spent on first use; at most {@code max} pending.
 */
final class ChatCodes {
  /** What saying the code does. */
  enum Purpose { LOGIN, BIND }

  /** A pending code: who waits for it, for what, and until when. */
  record Pending(String code, Connection connection, Purpose purpose, Instant expiresAt) {}

  private final Duration lifetime;
  private final int max;
  private final Map<String, Pending> byCode = new HashMap<>();
  private final Map<String, String> byConnection = new HashMap<>();

  ChatCodes(Duration lifetime, int max) {
    this.lifetime = lifetime;
    this.max = max;
  }

  synchronized Pending start(Connection c, Purpose purpose) {
    purge();
    String old = byConnection.remove(c.id());
    if (old != null) byCode.remove(old);
    if (byCode.size() >= max) throw new ConsoleException(ErrorCode.RATE_LIMITED, "Too many chat codes are pending; try again in a few minutes");
    String code;
    do {
      code = Secrets.code();
    } while (byCode.containsKey(code));
    Pending p = new Pending(code, c, purpose, Instant.now().plus(lifetime));
    byCode.put(code, p);
    byConnection.put(c.id(), code);
    return p;
  }

  /** Spends {@code code}: the connection waiting for it, when it is pending and has not expired. */
  synchronized Optional<Pending> spend(String code) {
    Pending p = byCode.remove(code);
    if (p == null) return Optional.empty();
    byConnection.remove(p.connection().id());
    return p.expiresAt().isAfter(Instant.now()) ? Optional.of(p) : Optional.empty();
  }

  synchronized void forget(Connection c) {
    String code = byConnection.remove(c.id());
    if (code != null) byCode.remove(code);
  }

  private void purge() {
    Instant now = Instant.now();
    byCode.values().removeIf(p -> {
      boolean dead = !p.expiresAt().isAfter(now) || !p.connection().open();
      if (dead) byConnection.remove(p.connection().id());
      return dead;
    });
  }
}
