package dev.mochi.console;

import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins counted per address and per name over a sliding window: past {@code perAddress} (or
 * {@code perName}) failures within {@code window}, attempts are refused with {@code rate_limited} until the oldest
 * failure leaves the window, whether or not the password is right. At most {@code maxKeys} keys are remembered (the
 * least recently failed go first), so a flood of names costs bounded memory.
 */
final class LoginLimiter {
  private final int perAddress;
  private final int perName;
  private final long windowNanos;
  private final int maxKeys;
  private final LinkedHashMap<String, ArrayDeque<Long>> failures = new LinkedHashMap<>(16, 0.75f, true);

  LoginLimiter(int perAddress, int perName, Duration window, int maxKeys) {
    this.perAddress = perAddress;
    this.perName = perName;
    this.windowNanos = window.toNanos();
    this.maxKeys = maxKeys;
  }

  /** Refuses the attempt when the address or the name is over its limit. */
  synchronized void check(String address, String name) {
    long now = System.nanoTime();
    if (count("a:" + address, now) >= perAddress) throw limited("from this address");
    if (name != null && count("n:" + name, now) >= perName) throw limited("for this name");
  }

  synchronized void failed(String address, String name) {
    long now = System.nanoTime();
    add("a:" + address, now);
    if (name != null) add("n:" + name, now);
  }

  synchronized void succeeded(String name) {
    if (name != null) failures.remove("n:" + name);
  }

  private int count(String key, long now) {
    ArrayDeque<Long> q = failures.get(key);
    if (q == null) return 0;
    while (!q.isEmpty() && now - q.peekFirst() > windowNanos) q.pollFirst();
    return q.size();
  }

  private void add(String key, long now) {
    failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
    if (failures.size() > maxKeys) {
      Iterator<Map.Entry<String, ArrayDeque<Long>>> it = failures.entrySet().iterator();
      it.next();
      it.remove();
    }
  }

  private ConsoleException limited(String what) {
    return new ConsoleException(ErrorCode.RATE_LIMITED, "Too many failed logins " + what + "; wait "
        + Duration.ofNanos(windowNanos).toMinutes() + " minutes and try again");
  }
}
