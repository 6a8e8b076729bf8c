package dev.mochi.bench;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The probes of messages in flight, by message id, so a reply finds the message it answers. */
final class Probes {
  private final AtomicLong ids = new AtomicLong();
  private final ConcurrentHashMap<String, Probe> open = new ConcurrentHashMap<>();

  Probe open() {
    Probe p = new Probe("m" + ids.incrementAndGet());
    open.put(p.id, p);
    p.done.whenComplete((v, e) -> open.remove(p.id));
    return p;
  }

  void replied(String messageId, long at, String text) {
    Probe p = open.get(messageId);
    if (p != null && p.tReply == 0) {
      p.reply = text;
      p.tReply = at;
    }
  }
}
